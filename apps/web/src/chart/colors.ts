/** Series colours, shared by the chart and the PNG export (a blue/orange pair safe for colour blindness). */
export const WALK_IN_COLOR = '#1d4ed8';
export const WALK_OUT_COLOR = '#c2410c';
