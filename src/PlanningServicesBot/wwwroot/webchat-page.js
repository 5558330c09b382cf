// The web chat page: Web Chat (the pinned bundle in lib/) on a Direct Line token the app issues for the chosen
// identity. Changing the language or the identity starts a new conversation, greeted in that language.
(function () {
  'use strict';

  const frame = document.getElementById('chat-frame');
  const status = document.getElementById('page-status');
  const languagePicker = document.getElementById('language');
  const identityPicker = document.getElementById('identity');
  const query = new URLSearchParams(window.location.search);

  const styleOptions = {
    accent: '#0f6cbd',
    botAvatarInitials: 'PS',
    userAvatarInitials: 'You',
    bubbleBorderRadius: 8,
    bubbleFromUserBorderRadius: 8,
    hideUploadButton: true,
    sendTypingIndicator: false,
    suggestedActionLayout: 'flow',
  };

  let current = null;

  function showStatus(message) {
    status.textContent = message;
    status.hidden = !message;
  }

  function fill(select, options, selected) {
    select.replaceChildren(...options.map(({ key, label }) => new Option(label, key, false, key === selected)));
  }

  async function requestToken(identity) {
    const response = await fetch('webchat/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ identity }),
    });
    if (!response.ok) {
      throw new Error(`The app gave no chat token (HTTP ${response.status}).`);
    }

    return response.json();
  }

  async function start(settings) {
    const language = settings.languages.find((l) => l.key === languagePicker.value) || settings.languages[0];
    const identity = identityPicker.value || 'customer';

    if (current) {
      current.directLine.end();
      current.host.remove();
      current = null;
    }

    showStatus('');
    document.documentElement.lang = language.key;
    const params = new URLSearchParams({ lang: language.key });
    if (settings.demo) {
      params.set('as', identity);
    }

    window.history.replaceState(null, '', `?${params}`);

    const token = await requestToken(identity);
    const directLine = window.WebChat.createDirectLine({
      token: token.token,
      domain: token.domain,
      webSocket: settings.webSocket,
      conversationStartProperties: { locale: language.locale },
    });

    // Web Chat starts the conversation without a conversationUpdate the bot could greet on, so the page says it joined.
    const store = window.WebChat.createStore({}, ({ dispatch }) => (next) => (action) => {
      const result = next(action);
      if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
        dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: settings.joinEventName, value: { language: language.key } } });
      }

      return result;
    });

    const host = document.createElement('div');
    host.className = 'webchat-host';
    host.dataset.conversationId = token.conversationId;
    frame.appendChild(host);
    current = { directLine, host };

    window.WebChat.renderWebChat(
      {
        directLine,
        store,
        userID: token.userId,
        username: token.userName || undefined,
        locale: language.locale,
        styleOptions,
      },
      host,
    );
  }

  async function main() {
    if (!window.WebChat) {
      showStatus('The Web Chat bundle is missing: build the app (dotnet build) to install it into wwwroot/lib.');
      return;
    }

    const response = await fetch('webchat/settings');
    if (!response.ok) {
      throw new Error(`The app gave no web chat settings (HTTP ${response.status}).`);
    }

    const settings = await response.json();
    fill(languagePicker, settings.languages, query.get('lang') || settings.languages[0].key);
    if (settings.demo) {
      fill(identityPicker, settings.identities, query.get('as') || settings.identities[0].key);
      document.querySelectorAll('.demo-only').forEach((element) => { element.hidden = false; });
    }

    const restart = () => start(settings).catch((error) => showStatus(error.message));
    languagePicker.addEventListener('change', restart);
    identityPicker.addEventListener('change', restart);
    await start(settings);
  }

  window.addEventListener('DOMContentLoaded', () => {
    main().catch((error) => showStatus(error.message));
  });
})();
