// esbuild plugin giving off-device bundles the module resolution DevEco gives on device:
//   ease-push                -> library/Index.ets (the HAR's entry, as ohpm links it)
//   ease-push-testing        -> testing/Index.ets (the testing HAR's entry: the ready fakes)
//   @ohos/hamock             -> hypium's mock kit (same MockKit/when/ArgumentMatchers API; hamock is not on npm)
//   @kit.*, @easemob/chatsdk -> throwing stand-ins whose export names come from typings/; the enums
//                               declared there carry their declared values (offdevice-standin.mjs)
import path from 'node:path';
import { declaredModuleEnums } from './declared-module-enums.mjs';
import { declaredModuleExports } from './declared-module-exports.mjs';
import { offDeviceStandinSource } from './offdevice-standin.mjs';
import { LIBRARY_INDEX, REPO_ROOT, TESTING_INDEX, TYPINGS_DIR } from './repo-paths.mjs';

const NAMESPACE = 'ets-offdevice';
export const PLATFORM_MODULE = /^(@kit\.[A-Za-z0-9_.]+|@easemob\/chatsdk)$/;

export function etsResolutionPlugin({ libraryIndex = LIBRARY_INDEX, testingIndex = TESTING_INDEX, typingsDirs = [TYPINGS_DIR] } = {}) {
  return {
    name: 'ets-offdevice-resolution',
    setup(build) {
      // Read typings once per build; they only change between runs.
      const declared = declaredModuleExports(typingsDirs);
      const enums = declaredModuleEnums(typingsDirs);
      build.onResolve({ filter: /^ease-push$/ }, () => ({ path: libraryIndex }));
      build.onResolve({ filter: /^ease-push-testing$/ }, () => ({ path: testingIndex }));
      build.onResolve({ filter: /^@ohos\/hamock$/ }, () => ({ path: 'hamock', namespace: NAMESPACE }));
      build.onResolve({ filter: PLATFORM_MODULE }, (args) => ({ path: args.path, namespace: NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        if (args.path === 'hamock') {
          return {
            contents: "export { MockKit, when, ArgumentMatchers } from '@ohos/hypium';",
            loader: 'js',
            resolveDir: REPO_ROOT,
          };
        }
        return {
          contents: offDeviceStandinSource(args.path, declared.get(args.path) ?? new Set(), enums.get(args.path) ?? new Map()),
          loader: 'js',
          resolveDir: path.dirname(libraryIndex),
        };
      });
    },
  };
}
