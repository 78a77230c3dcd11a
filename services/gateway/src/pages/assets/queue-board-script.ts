/**
 * The queue display board's browser script (plain ES2017, no build step): it loads the board
 * with the `queueBoard` query, follows `queueBoardUpdated` over graphql-transport-ws (whose first
 * message is the whole board, so a reconnect catches up), reconnects with backoff when the socket
 * drops, and re-reads the board periodically as a fallback.
 * It writes only through textContent, never markup.
 */
export const QUEUE_BOARD_SCRIPT = `(function () {
  'use strict';
  var root = document.getElementById('board');
  if (!root) return;
  var tenant = root.getAttribute('data-tenant');
  var branchId = root.getAttribute('data-branch');
  var refreshMs = Number(root.getAttribute('data-refresh-seconds')) * 1000 || 30000;
  var FIELDS =
    'branchId branchName calling { number counter calledAt } ' +
    'waiting { serviceGroupCode name waiting nextNumber } ' +
    'averageWaitMinutesToday servedToday updatedAt';
  var QUERY = 'query Board($branchId: ID!) { queueBoard(branchId: $branchId) { ' + FIELDS + ' } }';
  var SUBSCRIPTION =
    'subscription BoardUpdated($branchId: ID!) { queueBoardUpdated(branchId: $branchId) { ' +
    FIELDS + ' } }';
  var MAX_BACKOFF_MS = 30000;
  var clock = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  });
  var newest = 0;
  var socket = null;
  var attempt = 0;

  function byId(id) { return document.getElementById(id); }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function setConnection(state, message) {
    var el = byId('connection');
    el.setAttribute('data-state', state);
    el.textContent = message;
    root.setAttribute('data-connection', state);
  }

  function render(board) {
    // A slow refresh answering after a newer push must not bring old numbers back.
    var at = Date.parse(board.updatedAt);
    if (at < newest) return;
    newest = at;
    byId('branch-name').textContent = board.branchName;
    var calls = board.calling.slice().sort(function (a, b) {
      return Date.parse(b.calledAt) - Date.parse(a.calledAt);
    });
    var call = byId('latest-call');
    if (calls.length === 0) {
      call.textContent = 'Chưa có số nào được mời';
    } else {
      call.replaceChildren(
        'Mời số ', element('span', 'number', calls[0].number),
        ' đến quầy ', element('span', 'counter', String(calls[0].counter))
      );
    }
    byId('recent-calls').replaceChildren.apply(
      byId('recent-calls'),
      calls.slice(1, 7).map(function (c) {
        return element('li', null, 'Số ' + c.number + ' – quầy ' + c.counter);
      })
    );
    var rows = board.waiting.map(function (group) {
      var row = element('tr');
      row.setAttribute('data-group', group.serviceGroupCode);
      row.append(
        element('td', null, group.name),
        element('td', 'next', group.nextNumber || '–'),
        element('td', 'count', String(group.waiting))
      );
      return row;
    });
    byId('waiting-rows').replaceChildren.apply(byId('waiting-rows'), rows);
    byId('average-wait').textContent =
      board.averageWaitMinutesToday === null ? '–' : String(Math.round(board.averageWaitMinutesToday));
    byId('served-today').textContent = String(board.servedToday);
    byId('updated-at').textContent = clock.format(new Date(at));
  }

  function showProblem(error) {
    var code = error.extensions && error.extensions.code;
    byId('latest-call').textContent =
      code === 'NOT_FOUND' ? 'Không tìm thấy điểm tiếp nhận này.' : 'Không tải được màn hình chờ.';
  }

  function load() {
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tenant': tenant },
      body: JSON.stringify({ query: QUERY, variables: { branchId: branchId } })
    })
      .then(function (res) { return res.json(); })
      .then(function (body) {
        if (body.errors && body.errors.length) showProblem(body.errors[0]);
        else render(body.data.queueBoard);
      })
      .catch(function () {
        if (!socket) setConnection('lost', 'Mất kết nối, đang thử lại…');
      });
  }

  function send(ws, message) { ws.send(JSON.stringify(message)); }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var ws = new WebSocket(scheme + location.host + '/graphql', 'graphql-transport-ws');
    socket = ws;
    ws.onopen = function () {
      send(ws, { type: 'connection_init', payload: { 'x-tenant': tenant } });
    };
    ws.onmessage = function (event) {
      var message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      if (message.type === 'connection_ack') {
        send(ws, {
          id: 'board', type: 'subscribe',
          payload: { query: SUBSCRIPTION, variables: { branchId: branchId } }
        });
      } else if (message.type === 'next' && message.payload && message.payload.data) {
        // The first message is the board as it is now: live from here on. Only then does the
        // backoff start over: a refused subscription (unknown branch) keeps backing off.
        attempt = 0;
        setConnection('live', 'Cập nhật trực tiếp');
        render(message.payload.data.queueBoardUpdated);
      } else if (message.type === 'ping') {
        send(ws, { type: 'pong' });
      } else if (message.type === 'error' || message.type === 'complete') {
        ws.close();
      }
    };
    ws.onclose = function () {
      if (socket !== ws) return;
      socket = null;
      setConnection('lost', 'Mất kết nối, đang thử lại…');
      var delay = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, attempt)) * (0.5 + Math.random() / 2);
      attempt += 1;
      setTimeout(connect, delay);
    };
  }

  load();
  connect();
  setInterval(load, refreshMs);
})();
`;
