// The ports and options every benchmark sets EasePush up with, in one place: the testing HAR's fakes,
// a TimedChat (records when each upload happened) and a silent logger (a capturing logger would grow and
// distort the timing and memory figures).
export const APP_KEY = 'easepush#bench';
export const CLIENT_ID = '5765880207854169000';

// Makes `chat` a logged-in, connected session of `user`, as after the app's SDK login.
export function logIn(chat, user) {
  chat.loggedIn = true;
  chat.connected = true;
  chat.user = user;
  return chat;
}

// Fresh ports on a new ManualClock. `random` is EasePush's jitter source (default: always the middle).
export function benchPorts(kit, tokenSeed, random = undefined) {
  const clock = new kit.ManualClock();
  return {
    chat: new kit.TimedChat(clock),
    pushKit: new kit.FakePushKit(kit.makeToken(tokenSeed)),
    store: new kit.MemoryStore(),
    clock,
    random: random ?? new kit.FixedRandom([0.5]),
  };
}

export function benchOptions(kit, ports) {
  return { appKey: APP_KEY, clientId: CLIENT_ID, logger: kit.silentLogger(), ports };
}
