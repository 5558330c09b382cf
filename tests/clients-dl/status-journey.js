#!/usr/bin/env node
// Completes the customer's voucher status check against the bot's own Direct Line 3.0 endpoint with the real
// botframework-directlinejs 0.15.8 client (the one Web Chat is built on), over WebSocket or by polling.
//
// node status-journey.js --app http://127.0.0.1:5000 --transport websocket|polling --voucher <number> --email <e-mail>
//   --number-question <exact text> --email-question <exact text> [--secret <Direct Line secret>] [--timeout-ms 30000]
//
// The token comes from the page's endpoint (POST /webchat/token, as the web chat page gets it) or, with --secret,
// from POST /v3/directline/tokens/generate (as an embedding site's server would). The client then joins like Web Chat
// does (event webchat/join, expecting the welcome card), and every post must come back with an id and its
// channelData.clientActivityID before the bot's answer, which must reply to it.
//
// Exit codes: 0 journey completed; 1 the bot or the channel answered wrongly; 2 timed out; 3 bad arguments.
'use strict';

const { parseArgs } = require('node:util');
const { JourneyFailure, requireOptions, timeoutOf, logger, playJourney } = require('../js-journey/journey.js');
const { randomUUID } = require('node:crypto');

// directlinejs talks through rxjs' ajax (XMLHttpRequest) and checks for a global WebSocket before streaming.
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');

const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const LOCALE = 'en-US';
const JOIN_EVENT = 'webchat/join';

function readOptions() {
  const { values } = parseArgs({
    options: {
      app: { type: 'string' },
      transport: { type: 'string' },
      voucher: { type: 'string' },
      email: { type: 'string' },
      'number-question': { type: 'string' },
      'email-question': { type: 'string' },
      secret: { type: 'string' },
      'timeout-ms': { type: 'string', default: '30000' },
    },
  });
  requireOptions(values, ['app', 'transport', 'voucher', 'email', 'number-question', 'email-question']);
  if (!['websocket', 'polling'].includes(values.transport)) {
    throw new JourneyFailure(`--transport must be websocket or polling, got '${values.transport}'`, 3);
  }
  const timeoutMs = timeoutOf(values);
  return {
    app: values.app.replace(/\/$/, ''),
    webSocket: values.transport === 'websocket',
    voucher: values.voucher,
    email: values.email,
    numberQuestion: values['number-question'],
    emailQuestion: values['email-question'],
    secret: values.secret,
    timeoutMs,
  };
}

const log = logger('directline-journey');

function describe(activity) {
  const cards = (activity.attachments || []).map((a) => a.contentType).join(', ');
  const text = activity.text ? ` ${JSON.stringify(activity.text)}` : '';
  const name = activity.name ? ` ${activity.name}` : '';
  return `${activity.from && activity.from.role === 'user' ? 'user' : 'bot '} ${activity.type}${name}${text}` +
    `${cards ? ` [${cards}]` : ''} id=${activity.id}${activity.replyToId ? ` replyTo=${activity.replyToId}` : ''}`;
}

async function getToken(options) {
  const viaSecret = Boolean(options.secret);
  const url = viaSecret ? `${options.app}/v3/directline/tokens/generate` : `${options.app}/webchat/token`;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(viaSecret ? { Authorization: `Bearer ${options.secret}` } : {}),
    },
    body: JSON.stringify(viaSecret ? { user: { id: `dl_journey-${randomUUID()}` } } : { identity: 'customer' }),
  });
  if (!response.ok) {
    throw new JourneyFailure(`${url} answered HTTP ${response.status}: ${await response.text()}`);
  }
  const body = await response.json();
  log(`token for conversation ${body.conversationId} from ${viaSecret ? 'tokens/generate (secret)' : 'the page endpoint'}`);
  return body.token;
}

// Everything the client receives, with waits for an activity that satisfies a predicate.
class Transcript {
  constructor() {
    this.activities = [];
    this.waiters = [];
  }

  add(activity) {
    this.activities.push(activity);
    log(`received: ${describe(activity)}`);
    for (const waiter of [...this.waiters]) {
      waiter.check();
    }
  }

  fail(error) {
    for (const waiter of [...this.waiters]) {
      waiter.reject(error);
    }
  }

  waitFor(predicate) {
    return new Promise((resolve, reject) => {
      const waiter = {
        check: () => {
          const match = this.activities.find(predicate);
          if (match) {
            this.waiters = this.waiters.filter((w) => w !== waiter);
            resolve(match);
          }
        },
        reject: (error) => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          reject(error);
        },
      };
      this.waiters.push(waiter);
      waiter.check();
    });
  }
}

async function run(options, state) {
  const token = await getToken(options);
  const directLine = new DirectLine({
    token,
    domain: `${options.app}/v3/directline`,
    webSocket: options.webSocket,
    pollingInterval: 250,
    conversationStartProperties: { locale: LOCALE },
  });
  state.directLine = directLine;
  if (directLine.webSocket !== options.webSocket) {
    throw new JourneyFailure(`directlinejs chose webSocket=${directLine.webSocket}, not ${options.webSocket}`);
  }

  const transcript = new Transcript();
  state.transcript = transcript;
  directLine.connectionStatus$.subscribe((status) => {
    log(`connection status: ${ConnectionStatus[status]}`);
    if ([ConnectionStatus.FailedToConnect, ConnectionStatus.Ended, ConnectionStatus.ExpiredToken].includes(status)) {
      transcript.fail(new JourneyFailure(`directlinejs connection status became ${ConnectionStatus[status]}`));
    }
  });
  directLine.activity$.subscribe(
    (activity) => transcript.add(activity),
    (error) => transcript.fail(new JourneyFailure(`directlinejs activity stream failed: ${error && error.message}`)));

  // Posts as Web Chat does, then waits for the echo (own activity with an id and the same clientActivityID).
  const post = async (activity, description) => {
    const clientActivityID = randomUUID();
    log(`sending ${description}`);
    const id = await new Promise((resolve, reject) => {
      directLine.postActivity({ ...activity, from: { id: 'ignored-by-the-channel', role: 'user' }, locale: LOCALE,
        channelData: { clientActivityID } }).subscribe(
        resolve,
        (error) => reject(new JourneyFailure(`posting ${description} failed: status ${error && error.status} ${error && error.message}`)));
    });
    const echo = await transcript.waitFor((a) => a.channelData && a.channelData.clientActivityID === clientActivityID);
    if (echo.id !== id) {
      throw new JourneyFailure(`the echo of ${description} has id '${echo.id}', but the post answered '${id}'`);
    }
    log(`ok: ${description} came back as ${id}`);
    return id;
  };

  const expectReply = async (id, predicate, description) => {
    const reply = await transcript.waitFor((a) => a.replyToId === id && a.from.role !== 'user' && predicate(a));
    log(`ok: the bot answered with ${description}`);
    return reply;
  };

  const isCard = (needle) => (a) => (a.attachments || []).some((attachment) =>
    attachment.contentType === ADAPTIVE_CARD && JSON.stringify(attachment.content).includes(needle));

  const join = await post({ type: 'event', name: JOIN_EVENT }, `the ${JOIN_EVENT} event`);
  await expectReply(join, isCard('Planning Services assistant'), 'the welcome card');

  const ask = await post({ type: 'message', text: 'check a voucher' }, '"check a voucher"');
  await expectReply(ask, (a) => a.text === options.numberQuestion, 'the voucher number question');

  const number = await post({ type: 'message', text: options.voucher }, 'the voucher number');
  await expectReply(number, (a) => a.text === options.emailQuestion, 'the e-mail question');

  const email = await post({ type: 'message', text: options.email }, 'the e-mail');
  await expectReply(email, isCard(options.voucher), `the status card of voucher ${options.voucher}`);

  const ids = transcript.activities.map((a) => a.id);
  if (new Set(ids).size !== ids.length) {
    throw new JourneyFailure(`some activities arrived twice: ${ids.join(', ')}`);
  }
  log(`ok: ${ids.length} activities, each once, last watermark ${directLine.watermark}`);
}

playJourney({
  prefix: 'directline-journey',
  readOptions,
  run,
  passMessage: (options) => `status journey completed through botframework-directlinejs over ${options.webSocket ? 'WebSocket' : 'polling'}`,
  transcriptOf: (state) => (state.transcript ? state.transcript.activities.map(describe).join(' | ') || '(empty)' : '(client not started)'),
  cleanUp: (state) => {
    if (state.directLine) {
      state.directLine.end();
    }
  },
});
