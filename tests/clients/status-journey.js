#!/usr/bin/env node
// Completes the customer's voucher status check against a running bot through two real third-party
// clients: offline-directline 1.3.1 (the Direct Line channel, in this process) and
// botframework-directlinejs 0.15.8 (the client Web Chat is built on), polling because
// offline-directline has no WebSocket stream.
//
// node status-journey.js --bot http://127.0.0.1:3978/api/messages --voucher <number> --email <admin e-mail>
//   [--number-question <exact text>] [--email-question <exact text>] [--timeout-ms 30000]
//
// Exit codes: 0 journey completed; 1 the bot answered wrongly or a client failed; 2 timed out; 3 bad arguments.
'use strict';

const { parseArgs } = require('node:util');
const { JourneyFailure, requireOptions, timeoutOf, logger, playJourney } = require('../js-journey/journey.js');

// directlinejs talks through rxjs' ajax, which needs the browser's XMLHttpRequest.
global.XMLHttpRequest = require('xhr2');

const express = require('express');
const offlineDirectLine = require('offline-directline');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const USER = { id: 'real-client-customer', name: 'Real client customer' };
const LOCALE = 'en-US';
// offline-directline answers a post only after the bot's turn, so every reply is stored by then; allow a few polls.
const SETTLE_MS = 3000;
const POLLING_MS = 200;

class NoWebSocket {
  constructor() {
    throw new Error('offline-directline has no WebSocket stream; the client must poll');
  }
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      bot: { type: 'string' },
      voucher: { type: 'string' },
      email: { type: 'string' },
      'number-question': { type: 'string' },
      'email-question': { type: 'string' },
      'timeout-ms': { type: 'string', default: '30000' },
    },
  });
  requireOptions(values, ['bot', 'voucher', 'email']);
  const timeoutMs = timeoutOf(values);
  return {
    botUrl: values.bot,
    voucher: values.voucher,
    email: values.email,
    numberQuestion: values['number-question'],
    emailQuestion: values['email-question'],
    timeoutMs,
  };
}

const log = logger('status-journey');

function describe(activity) {
  const who = activity.from && activity.from.id === USER.id ? 'user' : 'bot ';
  const cards = (activity.attachments || []).map((a) => a.contentType).join(', ');
  const text = activity.text ? JSON.stringify(activity.text) : '';
  return `${who} ${activity.type}${text ? ' ' + text : ''}${cards ? ` [${cards}]` : ''}` +
    `${activity.replyToId ? ` replyTo=${activity.replyToId}` : ''}`;
}

function startOfflineDirectLine(botUrl) {
  return new Promise((resolve, reject) => {
    const app = express();
    const server = app.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      // The bot posts its replies to this serviceUrl, so the router can only be made once the port is known.
      app.use(offlineDirectLine.getRouter(url, botUrl));
      resolve({ url, server });
    });
    server.on('error', reject);
  });
}

// Collects everything the client receives and lets steps wait for a bot activity that satisfies a predicate.
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

  botActivitiesSince(index) {
    return this.activities.slice(index).filter((a) => !a.from || a.from.id !== USER.id);
  }

  waitFor(sinceIndex, predicate, description, turnEnded) {
    return new Promise((resolve, reject) => {
      let settleTimer = null;
      const waiter = {
        check: () => {
          const match = this.botActivitiesSince(sinceIndex).find(predicate);
          if (match) {
            done();
            resolve(match);
          }
        },
        reject: (error) => {
          done();
          reject(error);
        },
      };
      const done = () => {
        clearTimeout(settleTimer);
        this.waiters = this.waiters.filter((w) => w !== waiter);
      };
      this.waiters.push(waiter);
      turnEnded.then(() => {
        settleTimer = setTimeout(() => {
          const replies = this.botActivitiesSince(sinceIndex).map(describe);
          waiter.reject(new JourneyFailure(
            `the bot's turn ended but no reply was ${description}; ` +
            `its replies were: ${replies.length ? replies.join(' | ') : '(none)'}`));
        }, SETTLE_MS);
      }, waiter.reject);
      waiter.check();
    });
  }
}

async function run(options, state) {
  const channel = await startOfflineDirectLine(options.botUrl);
  state.server = channel.server;
  log(`offline-directline on ${channel.url}, bot at ${options.botUrl}`);

  const directLine = new DirectLine({
    secret: 'offline-directline-ignores-secrets',
    domain: `${channel.url}/directline`,
    webSocket: false,
    pollingInterval: POLLING_MS,
    conversationStartProperties: { locale: LOCALE },
    // directlinejs reads the global WebSocket even when polling, and Node 20 has none; polling never calls this.
    WebSocket: NoWebSocket,
  });
  state.directLine = directLine;

  const transcript = new Transcript();
  state.transcript = transcript;
  directLine.connectionStatus$.subscribe((status) => {
    log(`connection status: ${ConnectionStatus[status]}`);
    if (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.Ended) {
      transcript.fail(new JourneyFailure(`directlinejs connection status became ${ConnectionStatus[status]}`));
    }
  });
  directLine.activity$.subscribe(
    (activity) => transcript.add(activity),
    (error) => transcript.fail(new JourneyFailure(`directlinejs activity stream failed: ${error && error.message}`)));

  const say = (text) => {
    const sinceIndex = transcript.activities.length;
    log(`sending: ${JSON.stringify(text)}`);
    const posted = new Promise((resolve, reject) => {
      directLine.postActivity({ type: 'message', from: USER, text, locale: LOCALE, textFormat: 'plain' }).subscribe(
        (id) => resolve(id),
        (error) => reject(new JourneyFailure(
          `posting ${JSON.stringify(text)} failed: status ${error && error.status} ${error && error.message}`)));
    });
    return { sinceIndex, posted };
  };

  const expectQuestion = async (turn, expectedText, name) => {
    const id = await turn.posted;
    const isQuestion = (a) => a.type === 'message' && typeof a.text === 'string' &&
      (expectedText === undefined ? !(a.attachments && a.attachments.length) : a.text === expectedText);
    const question = await transcript.waitFor(turn.sinceIndex, isQuestion,
      expectedText === undefined ? `a text question (${name})` : `${name} ${JSON.stringify(expectedText)}`,
      turn.posted);
    if (question.replyToId !== id) {
      throw new JourneyFailure(`${name} replies to '${question.replyToId}', not to the user's message '${id}'`);
    }
    log(`ok: the bot asked ${name}`);
  };

  const start = say('check a voucher');
  await expectQuestion(start, options.numberQuestion, 'the voucher number question');

  const number = say(options.voucher);
  await expectQuestion(number, options.emailQuestion, 'the e-mail question');

  const email = say(options.email);
  const isStatusCard = (a) => a.type === 'message' && (a.attachments || []).some((attachment) =>
    attachment.contentType === ADAPTIVE_CARD &&
    attachment.content && attachment.content.type === 'AdaptiveCard' &&
    JSON.stringify(attachment.content).includes(options.voucher));
  const card = await transcript.waitFor(email.sinceIndex, isStatusCard,
    `an Adaptive Card naming voucher ${options.voucher}`, email.posted);
  const emailId = await email.posted;
  if (card.replyToId !== emailId) {
    throw new JourneyFailure(`the status card replies to '${card.replyToId}', not to the user's message '${emailId}'`);
  }
  log(`ok: the bot showed the status card of voucher ${options.voucher}`);
}

// offline-directline does not catch a failed forward to the bot; that rejection is the journey's verdict.
const unhandled = new Promise((_, reject) => {
  process.on('unhandledRejection', (reason) => reject(new JourneyFailure(
    `unhandled rejection (offline-directline forwarding to the bot?): ${reason && reason.message ? reason.message : reason}`)));
});

playJourney({
  prefix: 'status-journey',
  readOptions,
  run,
  passMessage: () => 'status journey completed through offline-directline and botframework-directlinejs',
  transcriptOf: (state) => (state.transcript ? state.transcript.activities.map(describe).join(' | ') || '(empty)' : '(client not started)'),
  cleanUp: (state) => {
    if (state.directLine) {
      state.directLine.end();
    }
    if (state.server) {
      state.server.close();
    }
  },
  extraFailures: [unhandled],
});
