import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type ComposeOption, type ECharts, init, use } from 'echarts/core';
import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Only what the dashboards draw: bars and pies, rendered as SVG (crisp, scales with zoom).
use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | PieSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

export interface ChartClick {
  name: string;
  dataIndex: number;
  seriesIndex: number;
}

/**
 * A small standalone wrapper around ECharts (ngx-echarts needs Angular 22). The figure is
 * drawn for sighted users; `label` names it for assistive technology, and each chart on the
 * portal also has its figures in a table next to it.
 */
@Component({
  selector: 'app-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div #host class="chart" [style.height.px]="height()" role="img" [attr.aria-label]="label()"></div>`,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
    }
  `,
})
export class ChartComponent {
  readonly option = input.required<ChartOption>();
  readonly label = input.required<string>();
  readonly height = input(320);
  readonly chartClick = output<ChartClick>();

  private readonly host = viewChild.required<ElementRef<HTMLDivElement>>('host');
  private chart: ECharts | null = null;

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const chart = init(this.host().nativeElement, undefined, { renderer: 'svg' });
      chart.on('click', (params) =>
        this.chartClick.emit({
          name: String(params.name),
          dataIndex: params.dataIndex,
          seriesIndex: params.seriesIndex ?? 0,
        }),
      );
      this.chart = chart;
      chart.setOption(this.withDefaults(this.option()));
      const resize = new ResizeObserver(() => chart.resize());
      resize.observe(this.host().nativeElement);
      destroyRef.onDestroy(() => {
        resize.disconnect();
        chart.dispose();
      });
    });
    effect(() => {
      const option = this.option();
      this.chart?.setOption(this.withDefaults(option), { notMerge: true });
    });
  }

  private withDefaults(option: ChartOption): ChartOption {
    return {
      animation: !matchMedia('(prefers-reduced-motion: reduce)').matches,
      textStyle: {
        fontFamily: 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif',
        color: '#1b1f24',
      },
      ...option,
      aria: { enabled: true, decal: { show: true } },
    } as ChartOption;
  }
}
