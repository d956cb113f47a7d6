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
//
// The one exception is data: enums declared in the typings (tools/declared-module-enums.mjs) are
// real objects with their declared values (and a numeric enum's reverse mapping, as TypeScript
// emits it), so conversions between the SDK's enums and EasePush's can run off-device. An exported
// namespace that holds enums (`notificationManager.SlotType`) is an object giving those enums and
// throwing for every other member (its functions); reading a member an enum does not declare throws
// too. Namespaces without enums, functions, classes and variables keep their throwing getter.
export function offDeviceStandinSource(moduleName, exportNames, enums = new Map()) {
  const names = [...exportNames].filter((n) => n !== '__esModule' && !enums.has(n)).sort();
  const data = [...enums.keys()].sort().map((name) => [name, serialise(enums.get(name))]);
  return `'use strict';
const moduleName = ${JSON.stringify(moduleName)};
// Interop probes (__esModule, Symbol.toStringTag, thenable checks) must see "absent".
const isProbe = (key) => typeof key === 'symbol' || key === '__esModule' || key === 'then';
const touched = (member) => {
  throw new Error('not available off-device: ' + moduleName + '.' + member);
};
const unknownMember = new Proxy({}, {
  get(target, key) {
    if (isProbe(key)) return undefined;
    touched(key);
  },
});
// A numeric key an enum does not map back reads as undefined, as on a real enum object.
const isIndex = (key) => typeof key === 'string' && key !== '' && String(Number(key)) === key;
function enumObject(path, declared) {
  const target = {};
  for (const [name, value] of declared.members) {
    if (value === null) {
      // The typing gives no constant (a computed member): it stays a platform value.
      Object.defineProperty(target, name, { enumerable: true, get() { touched(path + '.' + name); } });
      continue;
    }
    target[name] = value;
    if (typeof value === 'number' && !declared.isConst) target[value] = name;
  }
  Object.freeze(target);
  return new Proxy(target, {
    get(t, key, receiver) {
      if (isProbe(key) || key in t || isIndex(key)) return Reflect.get(t, key, receiver);
      touched(path + '.' + String(key));
    },
  });
}
function namespaceObject(path, members) {
  const target = {};
  for (const [name, inner] of members) target[name] = build(path + '.' + name, inner);
  Object.freeze(target);
  return new Proxy(target, {
    get(t, key) {
      if (isProbe(key)) return undefined;
      if (Object.prototype.hasOwnProperty.call(t, key)) return t[key];
      touched(path + '.' + String(key));
    },
  });
}
function build(path, declared) {
  return declared.kind === 'enum' ? enumObject(path, declared) : namespaceObject(path, declared.members);
}
const standin = Object.create(unknownMember);
for (const name of ${JSON.stringify(names)}) {
  Object.defineProperty(standin, name, {
    enumerable: true,
    get() { touched(name); },
  });
}
for (const [name, declared] of ${JSON.stringify(data)}) {
  Object.defineProperty(standin, name, { enumerable: true, value: build(name, declared) });
}
module.exports = standin;
`;
}

// Maps become [name, value] lists so the tree survives JSON; `undefined` values become null there.
function serialise(declared) {
  if (declared.kind === 'enum') return declared;
  return { kind: 'namespace', members: [...declared.members].map(([name, inner]) => [name, serialise(inner)]) };
}
