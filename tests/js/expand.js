#!/usr/bin/env node
// Expands Adaptive Card templates with the official adaptivecards-templating package, as the parity oracle for
// BotRuntime's C# engine.
//
// Input (a file named on the command line, or stdin): a JSON array of
//   { "name": "...", "template": <template JSON>, "data": <data JSON>, "host": <host JSON, optional> }
// Output (stdout): a JSON array, in the same order, of
//   { "name": "...", "result": <expanded JSON> }            when expansion succeeds (undefined is written as null)
//   { "name": "...", "error": "<message>" }                  when adaptivecards-templating throws
'use strict';

const fs = require('fs');
const ACData = require('adaptivecards-templating');

function expand(testCase) {
    try {
        const template = new ACData.Template(testCase.template);
        const context = { $root: testCase.data };
        if (testCase.host !== undefined) {
            context.$host = testCase.host;
        }
        const result = template.expand(context);
        return { name: testCase.name, result: result === undefined ? null : result };
    } catch (e) {
        return { name: testCase.name, error: String(e && e.message ? e.message : e) };
    }
}

const input = fs.readFileSync(process.argv[2] || 0, 'utf8');
const cases = JSON.parse(input);
if (!Array.isArray(cases)) {
    process.stderr.write('expand.js: the input must be a JSON array of { name, template, data } cases\n');
    process.exit(2);
}

process.stdout.write(JSON.stringify(cases.map(expand)));
