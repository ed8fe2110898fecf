/*
 * Extender of the outcome chart (outcomes/patient.xhtml): writes the label of each treatment event
 * at the top of its vertical line. The lines themselves are datasets in the server's JSON, so the
 * chart is complete without this; the labels only make it readable at a glance.
 */
window.spinecaseOutcomeChart = function () {
  var config = this.cfg.config;
  var events = (config.options && config.options.plugins && config.options.plugins.scEvents) || [];
  config.plugins = (config.plugins || []).concat([{
    id: 'scEventLabels',
    afterDatasetsDraw: function (chart) {
      var x = chart.scales.x;
      var area = chart.chartArea;
      var ctx = chart.ctx;
      ctx.save();
      ctx.font = '600 12px system-ui, "Segoe UI", Roboto, sans-serif';
      ctx.fillStyle = '#1d2733';
      events.forEach(function (event, index) {
        var px = x.getPixelForValue(new Date(event.x + 'T00:00:00').getTime());
        if (px < area.left || px > area.right) {
          return;
        }
        var width = ctx.measureText(event.label).width;
        var left = px + 4 + width > area.right ? px - 4 - width : px + 4;
        ctx.fillText(event.label, left, area.top + 12 + (index % 3) * 14);
      });
      ctx.restore();
    }
  }]);
};
