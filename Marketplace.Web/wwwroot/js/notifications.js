// Live notification badge. The server's stored notifications are the truth: a push only says
// "something new", and the script then asks /api/notifications for everything after the last id
// it has seen, on start, on every push and after every reconnect, so nothing sent while the
// connection was down is lost.
(function () {
  const badge = document.getElementById('notifications-badge');
  if (!badge || !window.signalR) { return; }
  const count = document.getElementById('notifications-count');
  let lastSeen = Number(badge.dataset.latest || 0);
  let fetching = null;

  function show(unread) {
    count.textContent = String(unread);
    badge.hidden = unread === 0;
  }

  async function catchUp() {
    // One fetch at a time; a push arriving meanwhile is covered by the next one.
    if (fetching) { await fetching; }
    fetching = (async function () {
      const response = await fetch('/api/notifications?after=' + lastSeen, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) { return; }
      const body = await response.json();
      for (const item of body.items) { lastSeen = Math.max(lastSeen, item.id); }
      show(body.unread);
      document.dispatchEvent(new CustomEvent('notifications:arrived', { detail: body.items }));
    })();
    try { await fetching; } finally { fetching = null; }
  }

  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/notifications')
    .withAutomaticReconnect()
    .build();
  connection.on('notification', function () { catchUp(); });
  connection.onreconnected(async function () { await connection.invoke('Joined'); await catchUp(); });

  async function start(delay) {
    try {
      await connection.start();
      await connection.invoke('Joined');
      await catchUp();
      // Marks the badge as live: in the group and caught up (tests wait for this, people need not).
      badge.dataset.live = 'true';
    } catch (e) {
      // Automatic reconnect covers drops after a start; a failed start retries here, slower each time.
      setTimeout(function () { start(Math.min(delay * 2, 60000)); }, delay);
    }
  }
  connection.onclose(function () { start(2000); });
  start(2000);
})();
