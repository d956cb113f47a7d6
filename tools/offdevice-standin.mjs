// Source of the module that replaces a platform module (@kit.*, @easemob/chatsdk) in off-device
// bundles. Unit tests must never reach the real platform: code under test gets fakes injected, so
// touching a platform export is a bug in the test or a leak of platform calls into core code, and
// must fail loudly and say which member was touched.
//
// The stand-in is CommonJS with one throwing getter per exported name: esbuild turns every use of
// a named import from a CommonJS module into a property read on the module object, so even a
// plain read (`const svc = pushService`) throws, not just calls or property access. Imports that
// are only used as types are dropped by esbuild and never reach this module.
// Names missing from typings/ still throw: esbuild's CommonJS interop object inherits from the
// module object's prototype, which here is a Proxy that throws for any other string key.
export function offDeviceStandinSource(moduleName, exportNames) {
  const names = [...exportNames].filter((n) => n !== '__esModule').sort();
  return `'use strict';
const moduleName = ${JSON.stringify(moduleName)};
const unknownMember = new Proxy({}, {
  get(target, key) {
    // Interop probes (__esModule, Symbol.toStringTag, thenable checks) must see "absent".
    if (typeof key === 'symbol' || key === '__esModule' || key === 'then') return undefined;
    throw new Error('not available off-device: ' + moduleName + '.' + key);
  },
});
const standin = Object.create(unknownMember);
for (const name of ${JSON.stringify(names)}) {
  Object.defineProperty(standin, name, {
    enumerable: true,
    get() { throw new Error('not available off-device: ' + moduleName + '.' + name); },
  });
}
module.exports = standin;
`;
}
