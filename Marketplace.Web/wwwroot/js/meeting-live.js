// The coach's meeting page, live: notifications.js already keeps the one SignalR connection and
// announces what arrived; when something is about this meeting, the answers and counts are
// fetched again from /api/meetings/{id} and written into the table, without a reload.
(function () {
  const section = document.getElementById('meeting');
  if (!section) { return; }
  const id = section.dataset.meetingId;
  const labels = JSON.parse(document.getElementById('state-labels').textContent);
  const path = '/Coach/Meeting/' + id;

  async function refresh() {
    const response = await fetch('/api/meetings/' + id, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) { return; }
    const meeting = await response.json();
    for (const invitation of meeting.invitations || []) {
      const cell = document.getElementById('state-' + invitation.id);
      if (cell && cell.dataset.state !== invitation.state) {
        cell.dataset.state = invitation.state;
        cell.textContent = labels[invitation.state] || invitation.state;
      }
    }
    document.getElementById('accepted-count').textContent = String(meeting.accepted);
    document.getElementById('waitlisted-count').textContent = String(meeting.waitlisted);
  }

  document.addEventListener('notifications:arrived', function (e) {
    if ((e.detail || []).some(function (n) { return n.link === path; })) { refresh(); }
  });
})();
