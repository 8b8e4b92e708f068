"""The symbolic constants of tkinter (``from tkinter.constants import *``)."""

NO = FALSE = OFF = 0
YES = TRUE = ON = 1

# anchors and sticky
N, S, W, E = "n", "s", "w", "e"
NW, SW, NE, SE = "nw", "sw", "ne", "se"
NS, EW, NSEW = "ns", "ew", "nsew"
CENTER = "center"

# fill, side
NONE, X, Y, BOTH = "none", "x", "y", "both"
LEFT, TOP, RIGHT, BOTTOM = "left", "top", "right", "bottom"

# relief
RAISED, SUNKEN, FLAT, RIDGE, GROOVE, SOLID = "raised", "sunken", "flat", "ridge", "groove", "solid"

# orient
HORIZONTAL, VERTICAL = "horizontal", "vertical"

NUMERIC = "numeric"

# text wrap
CHAR, WORD = "char", "word"

BASELINE = "baseline"

INSIDE, OUTSIDE = "inside", "outside"

# indices
SEL, SEL_FIRST, SEL_LAST = "sel", "sel.first", "sel.last"
END, INSERT, CURRENT, ANCHOR, ALL = "end", "insert", "current", "anchor", "all"

# state
NORMAL, DISABLED, ACTIVE, HIDDEN = "normal", "disabled", "active", "hidden"

# menu item types
CASCADE, CHECKBUTTON, COMMAND, RADIOBUTTON, SEPARATOR = "cascade", "checkbutton", "command", "radiobutton", "separator"

# selection modes
SINGLE, BROWSE, MULTIPLE, EXTENDED = "single", "browse", "multiple", "extended"

# activestyle
DOTBOX, UNDERLINE = "dotbox", "underline"

# canvas
PIESLICE, CHORD, ARC = "pieslice", "chord", "arc"
FIRST, LAST = "first", "last"
BUTT, PROJECTING = "butt", "projecting"
ROUND, BEVEL, MITER = "round", "bevel", "miter"

# xview/yview
MOVETO, SCROLL, UNITS, PAGES = "moveto", "scroll", "units", "pages"
