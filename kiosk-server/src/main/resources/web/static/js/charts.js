// Bar charts drawn as inline SVG with DOM calls (no library; nodes built one by one, never from HTML strings).
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  function node(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = String(text); }
    return e;
  }
  /** Draws values as bars with their labels under them and the value above. */
  function bars(svg, labels, values) {
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    var w = 400, h = 190, bottom = 20, top = 14, max = Math.max.apply(null, values.concat([1]));
    svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    var step = w / values.length, bw = Math.max(2, step * 0.7);
    values.forEach(function (v, i) {
      var bh = (h - bottom - top) * v / max, x = i * step + (step - bw) / 2, y = h - bottom - bh;
      svg.appendChild(node('rect', {'class': 'bar', x: x, y: y, width: bw, height: Math.max(bh, 0.5)}));
      if (v > 0) { svg.appendChild(node('text', {x: x + bw / 2, y: y - 2, 'text-anchor': 'middle'}, v)); }
      svg.appendChild(node('text', {x: x + bw / 2, y: h - 6, 'text-anchor': 'middle'}, labels[i]));
    });
  }
  window.Charts = {bars: bars};
})();
