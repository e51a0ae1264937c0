import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInputType,
  isInterfaceType,
  isListType,
  isObjectType,
  typeFromAST,
  valueFromAST,
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What an operation asks for, measured before anything runs. */
export interface OperationShape {
  /** Deepest nesting of fields. */
  depth: number;
  /** Fields with an alias, __typename included. */
  aliases: number;
  /** Field selections, repeats included: a field named 500 times counts 500. */
  fields: number;
  /** Directive uses, on the operation, its selections and the fragments it spreads. */
  directives: number;
  /**
   * GitHub-style cost: how many objects the operation may return. A list returns its `first`
   * items (or its connection's page size, or 10 when unpaged) for each parent object, so
   * nested pages multiply; a single object returns one per parent.
   */
  cost: number;
}

/** A list of objects with no `first` argument is assumed to hold this many items. */
export const UNPAGED_LIST_SIZE = 10;

export function analyzeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationShape {
  variables = withDefaults(schema, operation, variables);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const shape: OperationShape = { depth: 0, aliases: 0, fields: 0, directives: operation.directives?.length ?? 0, cost: 0 };
  for (const v of operation.variableDefinitions ?? []) shape.directives += v.directives?.length ?? 0;
  const root =
    operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return shape;

  // Validation has already refused fragment cycles; `seen` only guards this walk.
  // `page`: set when the parent is a connection, a single object whose field took `first`;
  // the lists inside it (edges, nodes) hold that many items.
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, depth: number, parents: number, seen: Set<string>, page?: number) => {
    shape.depth = Math.max(shape.depth, depth);
    for (const sel of set.selections) {
      shape.directives += sel.directives?.length ?? 0;
      if (sel.kind === Kind.FIELD) {
        shape.fields += 1;
        if (sel.alias) shape.aliases += 1;
        const field = fieldOf(schema, parent, sel.name.value);
        if (!field || !sel.selectionSet) continue;
        const child = getNamedType(field.type);
        if (!isCompositeType(child)) continue;
        const first = firstOf(field, sel.arguments ?? [], variables);
        const isList = isListType(getNullableType(field.type));
        const items = isList ? parents * (first ?? page ?? UNPAGED_LIST_SIZE) : parents;
        // Introspection is answered from the gateway's memory; it costs no subgraph work.
        if (!child.name.startsWith('__')) shape.cost += items;
        const childPage = !isList && field.args.some((a) => a.name === 'first') ? (first ?? UNPAGED_LIST_SIZE) : undefined;
        walk(sel.selectionSet, child, depth + 1, items, seen, childPage);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) as GraphQLCompositeType | undefined) : parent;
        walk(sel.selectionSet, type ?? parent, depth, parents, seen, page);
      } else {
        const fragment = fragments.get(sel.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        shape.directives += fragment.directives?.length ?? 0;
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
        walk(fragment.selectionSet, type ?? parent, depth, parents, new Set(seen).add(fragment.name.value), page);
      }
    }
  };
  walk(operation.selectionSet, root, 0, 1, new Set());
  return shape;
}

function fieldOf(schema: GraphQLSchema, parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/**
 * The variables as the operation will run with them: an omitted variable takes the default its
 * definition gives (`query($n: Int = 100)`), so a default cannot hide a page size from the cost.
 */
function withDefaults(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  const effective = { ...variables };
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (effective[name] !== undefined || !def.defaultValue) continue;
    const type = typeFromAST(schema, def.type);
    if (type && isInputType(type)) effective[name] = valueFromAST(def.defaultValue, type);
  }
  return effective;
}

/**
 * The page size a field was asked for: its `first` argument, given or defaulted. A variable
 * that is absent (and has no default of its own) leaves the argument to the schema's default.
 */
function firstOf(field: GraphQLField<unknown, unknown>, args: readonly ArgumentNode[], variables: Record<string, unknown>): number | undefined {
  const def = field.args.find((a) => a.name === 'first');
  if (!def) return undefined;
  const given = args.find((a) => a.name.value === 'first');
  const value = (given ? valueFromAST(given.value, def.type, variables) : undefined) ?? def.defaultValue;
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : undefined;
}
