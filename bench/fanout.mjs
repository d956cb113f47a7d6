// (1) Fan-out: events per second through EasePush's EventBus (ordered queue + ListenerHub) to N
// listeners, against a plain array loop calling the same listeners inside try/catch.
import { compare } from './timing.mjs';

const DELIVERIES_PER_ROUND = 2_000_000;

// keepEvent: listeners store the event they get (the realistic case, and the event must then be
// allocated on both sides). Without it the listener only counts, V8 removes the baseline's event
// allocation entirely and the figure shows the bus's fixed per-event cost instead.
export function benchFanOut(kit, counts = [1, 10, 100, 1000], { keepEvent = true } = {}) {
  const rows = [];
  for (const n of counts) {
    let sink = 0;
    let lastSeen = null;
    const listeners = [];
    for (let i = 0; i < n; i++) {
      // Same listener objects for both sides. Each keeps the event it got (as real listeners do), so
      // the event escapes on both sides and the baseline's allocation cannot be optimised away.
      listeners.push(keepEvent
        ? { onStateChanged: (e) => { lastSeen = e; sink += e.replay ? 2 : 1; } }
        : { onStateChanged: (e) => { sink += e.replay ? 2 : 1; } });
    }
    const bus = new kit.EventBus(kit.silentLogger(), 'binding');
    for (const l of listeners) bus.add(l);
    const state = kit.PushState.initial();
    const events = Math.max(1, Math.floor(DELIVERIES_PER_ROUND / n));

    const viaBus = () => {
      for (let i = 0; i < events; i++) {
        const event = new kit.StateChangedEvent(state, state, false);
        bus.post((l) => {
          if (l.onStateChanged !== undefined) {
            l.onStateChanged(event);
          }
        });
      }
    };
    const plainLoop = () => {
      for (let i = 0; i < events; i++) {
        const event = new kit.StateChangedEvent(state, state, false);
        for (let j = 0; j < listeners.length; j++) {
          try {
            listeners[j].onStateChanged(event);
          } catch (e) {
            sink -= 1;
          }
        }
      }
    };
    const { subjectNs, baselineNs } = compare(viaBus, plainLoop);
    if (sink === 0 || (keepEvent && lastSeen === null)) throw new Error('listeners never ran');
    const busRate = events / (subjectNs / 1e9);
    const baseRate = events / (baselineNs / 1e9);
    rows.push({
      item: `fan-out to ${n} listener${n === 1 ? '' : 's'}${keepEvent ? '' : ' (count-only listeners)'}`,
      measured: `${fmtRate(busRate)} events/s`,
      baseline: `${fmtRate(baseRate)} events/s (array + try/catch)`,
      ratio: baseRate / busRate,
      target: keepEvent && n >= 10 ? '<= 1.5' : '',
      ok: keepEvent && n >= 10 ? baseRate / busRate <= 1.5 : true,
    });
  }
  return rows;
}

function fmtRate(perSecond) {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k`;
  return perSecond.toFixed(0);
}
