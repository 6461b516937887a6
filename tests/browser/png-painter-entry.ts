// The PNG painter and export, bundled by png-painter.spec.ts into a page of its own.
export { paintSvg } from '../../src/export/paint-svg.ts';
export { svgToPng } from '../../src/export/to-png.ts';
