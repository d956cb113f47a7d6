// (2) setup()+dispose() against the raw SDK calls EasePush replaces (build the options, add the push
// and connection listeners, remove them), on the same fakes. Also counts storage reads made
// synchronously inside setup(): app start must not wait for storage, so it must be 0.
import { APP_KEY, benchOptions, benchPorts, CLIENT_ID } from './bench-setup.mjs';
import { compare } from './timing.mjs';

const CYCLES = 2000;

export async function benchSetup(kit) {
  const ports = benchPorts(kit, 'bench');
  const options = benchOptions(kit, ports);

  // Synchronous storage reads inside setup(): measured on a fresh store, before any promise runs;
  // the keys read are recorded so a miss names its culprit.
  const keysRead = [];
  const counting = {
    get: (key) => { keysRead.push(key); return ports.store.get(key); },
    put: (key, value) => ports.store.put(key, value),
    remove: (key) => ports.store.remove(key),
  };
  const probe = kit.EasePush.setup(benchOptions(kit, { ...ports, store: counting }));
  const syncKeys = [...keysRead];
  await kit.flush();
  const readsAfterStart = keysRead.length;
  probe.dispose();
  await kit.flush();

  const pushObserver = { onBindSucceeded: () => {}, onBindFailed: () => {} };
  const connectionObserver = { onConnected: () => {}, onDisconnected: () => {}, onLoggedOut: () => {} };
  const viaEasePush = () => {
    for (let i = 0; i < CYCLES; i++) {
      kit.EasePush.setup(options).dispose();
    }
  };
  let sink = 0;
  const rawSdk = () => {
    for (let i = 0; i < CYCLES; i++) {
      const chatOptions = new kit.RawChatOptions(APP_KEY);
      chatOptions.setAppIDForPush(CLIENT_ID);
      sink += chatOptions.getAppIDForPush().length;
      ports.chat.observePush(pushObserver);
      ports.chat.observeConnection(connectionObserver);
      ports.chat.stopObservingPush();
      ports.chat.stopObservingConnection();
    }
  };
  const { subjectNs, baselineNs } = compare(viaEasePush, rawSdk, { rounds: 7, warmup: 2 });
  if (sink === 0) throw new Error('the raw baseline did not run');
  // Let the start-up promises of every disposed instance settle (they see `disposed` and stop).
  await kit.flush(50);
  const setupUs = subjectNs / CYCLES / 1000;
  const rawUs = baselineNs / CYCLES / 1000;
  return [
    {
      item: 'setup() + dispose()',
      measured: `${setupUs.toFixed(2)} us`,
      baseline: `${rawUs.toFixed(3)} us (options + add/remove SDK listeners)`,
      ratio: setupUs / rawUs,
      target: '',
      ok: true,
    },
    {
      item: 'storage reads inside setup()',
      measured: `${syncKeys.length} synchronous${syncKeys.length > 0 ? ` (${syncKeys.join(', ')})` : ''}`,
      baseline: `${readsAfterStart} once start-up settled (async)`,
      ratio: null,
      target: '0 synchronous',
      ok: syncKeys.length === 0,
    },
  ];
}
