#!/usr/bin/env node
// Validates expanded Adaptive Cards with the official renderer package (adaptivecards 3.x).
// stdin: [{ "name": "...", "card": { ...expanded card... } }, ...]
// stdout: [{ "name": "...", "problems": ["..."] }, ...] — parse warnings and validation errors, one string each.
'use strict';
const AC = require('adaptivecards/dist/adaptivecards.js');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const results = JSON.parse(input).map(({ name, card }) => {
    const problems = [];
    const context = new AC.SerializationContext();
    const adaptiveCard = new AC.AdaptiveCard();
    adaptiveCard.parse(card, context);
    for (let i = 0; i < context.eventCount; i++) {
      const e = context.getEventAt(i);
      problems.push(`parse: ${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
    }
    for (const e of adaptiveCard.validateProperties().validationEvents) {
      problems.push(`validate: ${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
    }
    return { name, problems };
  });
  process.stdout.write(JSON.stringify(results));
});
