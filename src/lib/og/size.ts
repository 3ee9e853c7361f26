// The size Open Graph and Twitter cards are shown at (1.91:1).
export const OG_WIDTH = 1200
export const OG_HEIGHT = 630
