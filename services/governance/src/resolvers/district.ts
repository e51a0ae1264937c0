/** Districts are the stations subgraph's catalogue; here they are only a key that reports point to. */
export const District = {
  __resolveReference: (ref: { code: string }) => ({ code: ref.code }),
};
