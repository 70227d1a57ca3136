import { describe, expect, it } from 'vitest';
import { buildExportSvg, type ExportLayout } from './png.ts';

const LAYOUT: ExportLayout = {
  title: 'Main entrance (d4:7c:44:90:6f:14) — Nanjing Road Flagship',
  subtitle:
    'Walk-ins and walk-outs · Mar 27, 2023 – Apr 2, 2023 · Daily · all day · Time zone Asia/Shanghai',
  legend: [
    { label: 'Walk-ins', color: '#1d4ed8' },
    { label: 'Walk-outs: not counted by this device', color: undefined },
  ],
  footer: 'Footfall · Generated 2023-04-03 09:00:00 (Asia/Shanghai)',
};

function chartOf(width: number): SVGSVGElement {
  const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', '320');
  return chart;
}

function exported(width: number) {
  const { svg, height } = buildExportSvg(chartOf(width), LAYOUT);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const texts = [...doc.querySelectorAll('text')];
  const inner = doc.querySelector('svg svg');
  return { height, texts, chartY: Number(inner?.getAttribute('y')) };
}

describe('buildExportSvg', () => {
  it('should give a wide chart one line each for title, settings, legend and footer', () => {
    const { texts, chartY, height } = exported(1200);
    expect(texts.map((t) => t.textContent)).toEqual([
      LAYOUT.title,
      LAYOUT.subtitle,
      'Walk-ins',
      'Walk-outs: not counted by this device',
      LAYOUT.footer,
    ]);
    expect(chartY).toBe(112);
    expect(height).toBe(112 + 320 + 28 + 24);
  });

  it('should wrap the header of a phone-wide chart rather than cut it off, keeping every word', () => {
    const { texts, chartY, height } = exported(327);
    const lines = texts.map((t) => t.textContent);
    expect(lines.length).toBeGreaterThan(6);
    expect(lines.join(' ')).toBe(
      [LAYOUT.title, LAYOUT.subtitle, 'Walk-ins', LAYOUT.legend[1]?.label, LAYOUT.footer].join(' '),
    );
    // No line starts with a separator, and the chart moves down below the taller header.
    expect(lines.some((line) => /^[·—–]/.test(line))).toBe(false);
    expect(chartY).toBeGreaterThan(112);
    expect(height).toBeGreaterThan(chartY + 320);
  });
});

describe('buildExportSvg with buckets the range cuts', () => {
  it('should key the hatched bars in the legend with a hatched swatch', () => {
    const layout = {
      ...LAYOUT,
      legend: [
        ...LAYOUT.legend,
        { label: '* Part of the period only: the range cuts it', color: '#6b7280', partial: true },
      ],
    };
    const { svg } = buildExportSvg(chartOf(1200), layout);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toContain(
      '* Part of the period only: the range cuts it',
    );
    expect(doc.querySelectorAll('.legend-partial path')).toHaveLength(1);
  });
});
