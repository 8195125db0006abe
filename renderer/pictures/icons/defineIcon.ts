import { h, type FunctionalComponent } from 'vue';

/**
 * A line icon on a 24-unit grid in the kiosk's style: round 2-unit strokes in the current colour, so
 * an icon takes its tile's colour and grows with the text around it (1.4 em). Decorative: the tile's
 * title beside it names the service, so the icon is hidden from assistive technology.
 */
export function defineIcon(name: string, paths: readonly string[]): FunctionalComponent {
  const icon: FunctionalComponent = () =>
    h(
      'svg',
      {
        viewBox: '0 0 24 24',
        width: '1.4em',
        height: '1.4em',
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': 2,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
        'aria-hidden': 'true',
        focusable: 'false',
        'data-icon': name,
      },
      paths.map((d) => h('path', { d })),
    );
  icon.displayName = `${name}Icon`;
  return icon;
}
