// <qa-echart>: a small custom element around Apache ECharts (Apache-2.0), driven from Java by com.scoredesk.ui.chart.EChart.
// The server sets the whole chart as one JSON "option" property; the element renders it on a canvas and follows its size.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

class QaEchart extends HTMLElement {
  connectedCallback() {
    if (!this.style.display) this.style.display = 'block';
    if (!this.style.height) this.style.height = '300px';
    this._chart = echarts.init(this, null, { renderer: 'canvas' });
    this._chart.on('finished', () => this.setAttribute('rendered', ''));
    this._apply();
    this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resize.observe(this);
  }

  disconnectedCallback() {
    if (this._resize) this._resize.disconnect();
    if (this._chart) this._chart.dispose();
    this._chart = null;
    this.removeAttribute('rendered');
  }

  set option(json) {
    this._option = json;
    this._apply();
  }

  get option() {
    return this._option;
  }

  _apply() {
    if (!this._chart || !this._option) return;
    this._chart.setOption(JSON.parse(this._option), true);
  }
}

if (!customElements.get('qa-echart')) {
  customElements.define('qa-echart', QaEchart);
}
