// Map point pickers (see Pages/Shared/_MapPicker.cshtml). Leaflet draws the map; the tiles come
// from OpenStreetMap when reachable, and a click still picks a point when they are not.
(function () {
  if (typeof L === 'undefined') { return; }
  document.querySelectorAll('[data-map-picker]').forEach(function (picker) {
    const lat = picker.querySelector('[data-lat]');
    const lon = picker.querySelector('[data-lon]');
    const shown = picker.querySelector('[data-shown]');
    const emptyText = shown.textContent;
    const start = lat.value && lon.value ? [parseFloat(lat.value), parseFloat(lon.value)] : [56.66, 16.36];
    const map = L.map(picker.querySelector('.map')).setView(start, lat.value ? 13 : 9);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 18, attribution: '&copy; OpenStreetMap contributors'
    }).addTo(map);
    let marker = lat.value ? L.marker(start).addTo(map) : null;
    function set(latlng) {
      lat.value = latlng.lat.toFixed(5);
      lon.value = latlng.lng.toFixed(5);
      shown.textContent = lat.value + ', ' + lon.value;
      if (marker) { marker.setLatLng(latlng); } else { marker = L.marker(latlng).addTo(map); }
    }
    map.on('click', function (e) { set(e.latlng); });
    picker.querySelector('[data-clear]').addEventListener('click', function () {
      lat.value = ''; lon.value = ''; shown.textContent = emptyText;
      if (marker) { map.removeLayer(marker); marker = null; }
    });
  });
})();
