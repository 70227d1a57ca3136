/** Series colours, shared by the chart and the PNG export (a blue/orange pair safe for colour blindness). */
export const WALK_IN_COLOR = '#1d4ed8';
export const WALK_OUT_COLOR = '#c2410c';
/** The comparison overlay: a quieter blue-grey than walk-ins, drawn dashed (never colour alone). */
export const COMPARISON_COLOR = '#64748b';
