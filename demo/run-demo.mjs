#!/usr/bin/env node
// `npm run demo [-- flags]`: the sample app's push setup running headless on a simulated Push Kit,
// Easemob SDK and clock. Prints the timeline, the scenario's checks and a one-line summary; exits 0
// when the scenario's expectation held, 1 when it did not, 2 on a usage error.
import { loadDemo } from './demo-bundle.mjs';

// The --seed default shown is the demo's own DEFAULT_SEED, so the help cannot drift from what runs.
const usage = (defaultSeed) => `usage: npm run demo -- [--scenario NAME] [--seed N] [--verbose] [--list] [--help]

Runs the sample app's push setup (sample/src/main/ets/push) against a simulated Push Kit and Easemob SDK
on a simulated clock, prints a timeline (time offset, event, state, attempt, masked token, error code and
meaning) and checks the scenario's expectation.

  --scenario NAME  which scenario to run (default: default); --list names them
  --seed N         seed (non-negative integer) for backoff jitter and random failures (default: ${defaultSeed})
  --verbose        also print EasePush's own log lines
  --list           list the scenarios and exit
  --help           show this help and exit

Exit status: 0 the expectation held, 1 it did not, 2 usage error.`;

class UsageError extends Error {}

function parseArgs(argv) {
  const options = { scenario: 'default', seed: undefined, verbose: false, list: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      i += 1;
      return next;
    };
    switch (flag) {
      case '--scenario': options.scenario = value(); break;
      case '--seed': {
        const text = value();
        if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new UsageError(`--seed needs a non-negative integer, got '${text}'`);
        options.seed = Number(text);
        break;
      }
      case '--verbose': options.verbose = true; break;
      case '--list': options.list = true; break;
      case '--help': case '-h': options.help = true; break;
      default: throw new UsageError(`unknown ${arg.startsWith('-') ? 'flag' : 'argument'} '${arg}'`);
    }
  }
  return options;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const { DEFAULT_SEED } = await loadDemo();
    console.error(`demo: ${e.message}\n\n${usage(DEFAULT_SEED)}`);
    return 2;
  }
  const started = Date.now();
  const demo = await loadDemo();
  if (options.help) {
    console.log(usage(demo.DEFAULT_SEED));
    return 0;
  }
  const catalog = demo.scenarioCatalog();
  if (options.list) {
    const width = Math.max(...catalog.map((s) => s.name.length));
    for (const s of catalog) console.log(`${s.name.padEnd(width)}  ${s.summary}`);
    return 0;
  }
  if (!catalog.some((s) => s.name === options.scenario)) {
    console.error(`demo: unknown scenario '${options.scenario}'; scenarios: ${catalog.map((s) => s.name).join(', ')}`);
    return 2;
  }
  const report = await demo.runScenario(options.scenario, options.seed ?? demo.DEFAULT_SEED);
  for (const line of report.lines) console.log(line);
  if (options.verbose) {
    console.log('\nEasePush log (simulated seconds):');
    for (const line of report.logLines) console.log(`  ${line}`);
  }
  console.log(`(${Date.now() - started} ms real time)`);
  return report.passed ? 0 : 1;
}

process.exitCode = await main();
