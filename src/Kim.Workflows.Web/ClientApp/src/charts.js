// Charts of the controlling dashboard (Chart.js, bundled by build.mjs as dist/charts.js).
// Every <canvas data-chart="…"> carries its data as JSON; suppressed cells arrive as null and are
// simply not drawn, so a chart can never show what the table beside it hides.
import {
  Chart, BarController, BarElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Legend, Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Legend, Tooltip);

const palette = ['#1f5f8b', '#e07b39', '#3a9d5d', '#8e5ea2', '#c94f4f', '#6b8e23', '#b8860b', '#4682b4', '#999999', '#2f4f4f'];

function render(canvas) {
  const spec = JSON.parse(canvas.dataset.chart);
  const doughnut = spec.kind === 'doughnut';
  const datasets = spec.datasets.map((d, i) => ({
    label: d.label,
    data: d.values,
    backgroundColor: doughnut ? spec.labels.map((_, j) => palette[j % palette.length]) : palette[i % palette.length],
  }));
  const chart = new Chart(canvas, {
    type: doughnut ? 'doughnut' : 'bar',
    data: { labels: spec.labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: doughnut ? undefined : 'y',
      plugins: { legend: { display: doughnut || datasets.length > 1, position: 'bottom' } },
      scales: doughnut ? {} : { x: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
  canvas.dataset.rendered = 'true';
  return chart;
}

function renderAll() {
  document.querySelectorAll('canvas[data-chart]').forEach(render);
  document.body.dataset.chartsReady = 'true';
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', renderAll);
} else {
  renderAll();
}
