// The playground: GraphiQL bundled from npm (no CDN), served by the gateway at GET /graphql to
// browsers. Written with createElement rather than JSX so that it type-checks with the rest of
// the gateway without @types/react (see ../browser.d.ts).
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { useEditorContext } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';
import './playground.css';
import { PLAYGROUND_EXAMPLES, exampleHeaders, type PlaygroundExample } from '../examples';
import { readPageConfig, type PlaygroundConfig } from '../page-config';

const config = readPageConfig<PlaygroundConfig>();
const json = (value: unknown) => JSON.stringify(value, null, 2);
const tabOf = (example: PlaygroundExample) => ({
  query: example.query,
  variables: json(example.variables),
  headers: json(exampleHeaders(example, config.demoKeys)),
});

// Relative: /graphql when served at /graphql, and still right behind a path prefix.
const fetcher = createGraphiQLFetcher({ url: new URL('graphql', window.location.href).toString() });

/** The 示例 Examples picker: opens an example in a new tab, ready to run. */
function ExamplesPanel() {
  const editors = useEditorContext({ nonNull: true });
  const [opened, setOpened] = useState('');
  const open = (example: PlaygroundExample) => {
    const tab = tabOf(example);
    editors.addTab();
    // addTab sets the new tab's editors; fill them once it has.
    setTimeout(() => {
      editors.queryEditor?.setValue(tab.query);
      editors.variableEditor?.setValue(tab.variables);
      editors.headerEditor?.setValue(tab.headers);
      setOpened(example.name);
    }, 0);
  };
  return h(
    'div',
    { className: 'nef-examples' },
    h('div', { className: 'graphiql-doc-explorer-title' }, '示例 Examples'),
    h(
      'p',
      { className: 'nef-examples-help' },
      '点击一个示例在新标签页中打开，然后按 ▶ 运行。Pick an example: it opens in a new tab; press ▶ (Ctrl-Enter) to run it.',
    ),
    h(
      'ul',
      null,
      ...PLAYGROUND_EXAMPLES.map((example) =>
        h(
          'li',
          { key: example.name },
          h(
            'button',
            { type: 'button', className: 'nef-example', 'data-example': example.name, onClick: () => open(example) },
            h('strong', null, example.label),
            h('span', null, example.description),
            opened === example.name ? h('em', null, '已打开 Opened') : null,
          ),
        ),
      ),
    ),
    h(
      'div',
      { className: 'nef-examples-help' },
      h('strong', null, '请求头 Headers'),
      h(
        'p',
        null,
        'API 密钥放在 Headers 面板：',
        h('code', null, '{"Authorization": "Bearer <key>"}'),
        '；合作平台代职工操作时再加 ',
        h('code', null, '"X-Acting-Worker": "<account>"'),
        '. Put the API key in the Headers panel below the query; partners acting for a worker add X-Acting-Worker.',
      ),
      config.demoKeys
        ? h(
            'p',
            null,
            '演示密钥 Demo keys: demo-meituan (partner, X-Acting-Worker mt-10001), demo-dashboard, demo-admin …',
          )
        : null,
      config.introspection
        ? null
        : h('p', null, '此环境关闭了内省，没有文档和自动补全。Introspection is off here: no docs or completion, queries still run.'),
    ),
  );
}

/**
 * GraphiQL 3 opens its first tab with that tab's query but without its variables and headers
 * (they come from the `variables` and `defaultHeaders` props instead): fill them in once the
 * editors exist. Rendered inside GraphiQL (in its logo) to reach the editors.
 */
let firstTabLoaded = false;
function LoadFirstTab() {
  const editors = useEditorContext({ nonNull: true });
  useEffect(() => {
    if (firstTabLoaded || !editors.variableEditor || !editors.headerEditor) return;
    firstTabLoaded = true;
    const tab = editors.tabs[editors.activeTabIndex];
    if (tab?.variables) editors.variableEditor.setValue(tab.variables);
    if (tab?.headers) editors.headerEditor.setValue(tab.headers);
  }, [editors.variableEditor, editors.headerEditor]);
  return null;
}

const examplesIcon = () =>
  h(
    'svg',
    { viewBox: '0 0 24 24', width: 20, height: 20, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': true },
    h('path', { d: 'M4 5h16M4 12h16M4 19h10' }),
  );

const examplesPlugin = { title: '示例 Examples', icon: examplesIcon, content: ExamplesPanel };

function Playground() {
  return h(
    GraphiQL,
    {
      fetcher,
      defaultTabs: PLAYGROUND_EXAMPLES.map(tabOf),
      defaultHeaders: config.demoKeys ? json({ Authorization: 'Bearer demo-meituan', 'X-Acting-Worker': 'mt-10001' }) : json({}),
      defaultEditorToolsVisibility: 'headers',
      // The demo keys are public; a real key stays out of localStorage unless the user asks.
      shouldPersistHeaders: config.demoKeys,
      plugins: [examplesPlugin],
      visiblePlugin: examplesPlugin,
      defaultTheme: 'light',
    },
    h(
      GraphiQL.Logo,
      null,
      h(LoadFirstTab, null),
      h('span', { className: 'nef-logo' }, '调试台 Playground'),
      config.dashboard ? h('a', { className: 'nef-logo-link', href: 'dashboard' }, '看板 Dashboard →') : null,
    ),
  );
}

createRoot(document.getElementById('root')!).render(h(Playground, null));
