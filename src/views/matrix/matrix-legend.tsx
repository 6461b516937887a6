import { STANCES } from '../../domain/stance.ts';
import { STANCE_STYLES } from '../../layout/stance-style.ts';

/** Explains the matrix's colours, glyphs, condition marker, count and borders in words. */
export function MatrixLegend() {
  return (
    <div className="legend">
      <h3 className="legend__title">Legend</h3>
      <ul className="legend__items">
        {STANCES.map((stance) => {
          const style = STANCE_STYLES[stance];
          return (
            <li key={stance}>
              <span
                className="legend__swatch"
                style={{ background: style.fill, color: style.text }}
                aria-hidden="true"
              >
                {style.glyph}
              </span>
              {style.label}
            </li>
          );
        })}
      </ul>
      <ul className="legend__items legend__items--notes">
        <li>
          <span className="legend__swatch legend__swatch--conditioned" aria-hidden="true">
            if
          </span>
          Corner mark and “if …”: on condition of another issue
        </li>
        <li>
          <span className="legend__swatch legend__swatch--derived" aria-hidden="true">
            ▲
          </span>
          Triangle: derived from a proposal or deal (accepted, proposed, under review), not stated
        </li>
        <li>
          <span className="legend__swatch legend__swatch--count" aria-hidden="true">
            +2
          </span>
          Other positions in the cell (older, or the same day)
        </li>
        <li>
          <span className="legend__swatch legend__swatch--curated" aria-hidden="true" />
          Solid border: curated by a person
        </li>
        <li>
          <span className="legend__swatch legend__swatch--extracted" aria-hidden="true" />
          Dashed border: extracted from the text
        </li>
        <li>
          <span className="legend__swatch legend__swatch--empty" aria-hidden="true">
            ·
          </span>
          No stated position
        </li>
      </ul>
      <p className="legend__scale">The scale runs from reject to demand: {STANCES.join(' < ')}.</p>
    </div>
  );
}
