// The `ets` block of compiler options that ohos-typescript needs to parse ArkTS (.ets).
// Without it the parser treats `struct`, `@Builder` bodies and `Column() { ... }` as plain TypeScript
// and reports syntax errors. Values mirror what the DevEco ets-loader passes (decorator names,
// render methods, styles/extend handling); `components` only needs the ArkUI components our
// sources use, because the parser consults it to recognise `Name(...) { children }` expressions.

// ArkUI components recognised inside build()/@Builder bodies. Each one used by a page must also be
// declared in typings/arkui/ for the type-check to resolve it. ForEach/LazyForEach must NOT be
// listed: they are syntax components (see syntaxComponents below); listing them makes the parser
// treat them as plain components and reject `ListItem() { ... }` inside their item callback.
export const ARKUI_COMPONENTS = [
  'Blank', 'Button', 'Column', 'Divider', 'Flex', 'Image', 'List', 'ListItem',
  'ListItemGroup', 'LoadingProgress', 'Navigation', 'NavDestination', 'Progress', 'Row', 'Scroll', 'Search',
  'Stack', 'Tabs', 'TabContent', 'Text', 'TextArea', 'TextInput', 'Toggle',
];

// Decorators whose arguments the ets-loader keeps when emitting; the checker uses this list to
// accept them on struct members.
const EMIT_DECORATORS = [
  ['Entry', true], ['Component', false], ['Reusable', false], ['CustomDialog', false],
  ['Consume', true], ['Link', false], ['LocalStorageLink', true], ['LocalStorageProp', true],
  ['ObjectLink', false], ['Prop', false], ['Provide', true], ['State', false], ['StorageLink', true],
  ['StorageProp', true], ['Builder', false], ['LocalBuilder', false], ['BuilderParam', false],
  ['Observed', false], ['Require', false], ['Sendable', false], ['Track', false],
  ['ComponentV2', true], ['ObservedV2', false], ['Trace', false], ['Local', false], ['Param', false],
  ['Once', false], ['Event', false], ['Monitor', true], ['Provider', true], ['Consumer', true],
  ['Computed', false], ['Type', true],
];

export function etsOptions() {
  return {
    render: { method: ['build', 'pageTransition'], decorator: ['LocalBuilder', 'Builder'] },
    components: [...ARKUI_COMPONENTS],
    libs: [],
    extend: {
      decorator: ['Extend', 'AnimatableExtend'],
      // `@Extend(Text)` resolves the attribute type through this table.
      components: ARKUI_COMPONENTS.map((name) => ({ name, type: `${name}Attribute`, instance: `${name}Instance` })),
    },
    styles: {
      decorator: 'Styles',
      component: { name: 'Common', type: 'T', instance: 'CommonInstance' },
      property: 'stateStyles',
    },
    concurrent: { decorator: 'Concurrent' },
    customComponent: 'CustomComponent',
    // @Link/@Prop/@ObjectLink/@Consume fields are initialised by the parent, so no initializer is required.
    propertyDecorators: ['Link', 'Prop', 'ObjectLink', 'Consume'].map((name) => ({ name, needInitialization: false })),
    emitDecorators: EMIT_DECORATORS.map(([name, emitParameters]) => ({ name, emitParameters })),
    syntaxComponents: {
      paramsUICallback: ['ForEach', 'LazyForEach'],
      attrUICallback: [{ name: 'Repeat', attributes: ['each', 'template'] }],
    },
  };
}
