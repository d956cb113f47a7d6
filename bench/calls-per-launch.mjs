// (7) Server calls per launch: uploads and unbinds EasePush itself makes in one launch, against the fewest the
// situation needs. Launch 1 binds through the SDK's own upload; launch 2 runs on the same preferences.
import { benchOptions, benchPorts, logIn } from './bench-setup.mjs';

const USER = 'alice';

async function settle(kit, p) {
  for (let i = 0; i < 20 && p.clock.nextDueAt() !== -1; i++) {
    p.clock.runNext();
    await kit.flush();
  }
  await kit.flush();
}

// One launch over `store`: setup with the session carried over (1.x auto-login) or a login (5.x), then
// `sdkReports(chat, token)` plays the SDK's own bind; returns EasePush's own server calls of this launch.
async function launch(kit, store, token, sdkReports, failures = []) {
  const p = benchPorts(kit, 'calls');
  p.store = store;
  p.pushKit.token = token;
  p.chat.uploadFailures = failures.slice();
  logIn(p.chat, USER);
  const push = kit.EasePush.setup(benchOptions(kit, p));
  await kit.flush();
  sdkReports(p.chat, token);
  await kit.flush();
  await settle(kit, p);
  const calls = p.chat.uploads.length + p.chat.unbindCalls;
  const bound = push.state.phase === kit.PushPhase.BOUND;
  push.dispose();
  await kit.flush();
  if (!bound) throw new Error('calls-per-launch: the launch did not end bound');
  return calls;
}

const sdkSucceeds = (chat, token) => chat.emitBindSuccess(token);
const sdkSilent = () => {};
const sdkFails = (chat) => chat.emitBindError(1501);

export async function benchCallsPerLaunch(kit) {
  const token = kit.makeToken('launch-1');
  const cases = [
    { item: 'unchanged token, same user (SDK silent, remembered)', second: () => [token, sdkSilent, []], min: 0 },
    { item: 'unchanged token, same user (SDK re-uploads, 5.x)', second: () => [token, sdkSucceeds, []], min: 0 },
    { item: 'changed token, SDK silent', second: () => [kit.makeToken('launch-2'), sdkSilent, []], min: 1 },
    { item: 'changed token, the SDK\'s own upload succeeded', second: () => [kit.makeToken('launch-2'), sdkSucceeds, []],
      min: 0 },
  ];
  for (const k of [1, 3]) {
    cases.push({ item: `the SDK's upload failed, then ${k} transient failure${k === 1 ? '' : 's'}`,
      second: () => [kit.makeToken('launch-2'), sdkFails, new Array(k).fill(300)], min: k + 1 });
  }
  const rows = [];
  for (const c of cases) {
    const store = new kit.MemoryStore();
    await launch(kit, store, token, sdkSucceeds);
    const [secondToken, reports, failures] = c.second();
    const calls = await launch(kit, store, secondToken, reports, failures);
    rows.push({
      item: `server calls per launch: ${c.item}`,
      measured: `${calls} upload(s) + unbind(s)`,
      baseline: `${c.min} (the minimum)`,
      ratio: c.min === 0 ? (calls === 0 ? 1 : Infinity) : calls / c.min,
      target: '= minimum',
      ok: calls === c.min,
    });
  }
  return rows;
}
