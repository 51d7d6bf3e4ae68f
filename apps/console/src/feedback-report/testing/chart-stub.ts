import { defineComponent, h } from 'vue';

/** The console's chart as tests see it: what it was given, since the canvas is drawn in a browser only. */
export const FigureChartStub = defineComponent({
  props: ['kind', 'label', 'labels', 'series', 'formatValue', 'min', 'max'],
  setup: (props) => () =>
    h('div', { role: 'img', 'aria-label': props.label, 'data-test': 'figure-chart', 'data-kind': props.kind }, [
      h('span', { 'data-test': 'figure-chart-labels' }, (props.labels as string[]).join('|')),
      h(
        'span',
        { 'data-test': 'figure-chart-series' },
        (props.series as { label: string }[]).map((each) => each.label).join('|'),
      ),
    ]),
});
