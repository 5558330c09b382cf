// What the Node client scripts that play the status journey share: the failure type with its exit code, option checks,
// logging, and the main loop (a time limit, the verdict as exit code, clean-up, exit). No packages: each script brings
// its own clients from its own folder (tests/clients, tests/clients-dl) and requires this file by path.
'use strict';

// Exit codes: 0 journey completed; 1 the bot or a client answered wrongly; 2 timed out; 3 bad arguments.
class JourneyFailure extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

function requireOptions(values, names) {
  for (const required of names) {
    if (!values[required]) {
      throw new JourneyFailure(`missing --${required}`, 3);
    }
  }
}

function timeoutOf(values) {
  const timeoutMs = Number(values['timeout-ms']);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new JourneyFailure(`--timeout-ms must be a positive number, got '${values['timeout-ms']}'`, 3);
  }
  return timeoutMs;
}

function logger(prefix) {
  return (line) => process.stdout.write(`[${prefix}] ${line}\n`);
}

/**
 * Runs `run(options, state)` against `options.timeoutMs`, with `extraFailures` (promises that only reject) racing it,
 * prints PASS or FAIL under `prefix`, calls `cleanUp(state)` and exits with the verdict: pending polls, sockets and
 * timers of the clients would otherwise keep the process alive.
 */
async function playJourney({ prefix, readOptions, run, passMessage, transcriptOf, cleanUp, extraFailures = [] }) {
  let options;
  try {
    options = readOptions();
  } catch (error) {
    process.stderr.write(`[${prefix}] FAIL: ${error.message}\n`);
    process.exit(error.exitCode || 3);
  }

  const state = {};
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new JourneyFailure(
      `timed out after ${options.timeoutMs} ms; transcript so far: ${transcriptOf(state)}`, 2)), options.timeoutMs);
  });

  let exitCode = 0;
  try {
    await Promise.race([run(options, state), timeout, ...extraFailures]);
    logger(prefix)(`PASS: ${passMessage(options)}`);
  } catch (error) {
    exitCode = error instanceof JourneyFailure ? error.exitCode : 1;
    process.stderr.write(`[${prefix}] FAIL: ${error instanceof JourneyFailure ? error.message : error.stack}\n`);
  } finally {
    clearTimeout(timer);
    cleanUp(state);
  }
  process.exit(exitCode);
}

module.exports = { JourneyFailure, requireOptions, timeoutOf, logger, playJourney };
