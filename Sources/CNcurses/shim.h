#ifndef SKILLS_TUI_CNCURSES_SHIM_H
#define SKILLS_TUI_CNCURSES_SHIM_H

/* Without this, <curses.h> hides the wide-character API (get_wch, wint_t, mvaddwstr). */
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects reading C globals such as stdscr, LINES and COLS (shared mutable
   state), and function-like macros do not import at all: wrap each one here. */
static inline WINDOW *cncurses_stdscr(void) { return stdscr; }
static inline int cncurses_lines(void) { return LINES; }
static inline int cncurses_cols(void) { return COLS; }
static inline int cncurses_color_pairs(void) { return COLOR_PAIRS; }
static inline int cncurses_colors(void) { return COLORS; }

static inline attr_t cncurses_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }
static inline attr_t cncurses_attr_bold(void) { return A_BOLD; }
static inline attr_t cncurses_attr_reverse(void) { return A_REVERSE; }
static inline attr_t cncurses_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cncurses_attr_dim(void) { return A_DIM; }
static inline attr_t cncurses_attr_normal(void) { return A_NORMAL; }

static inline int cncurses_key_resize(void) { return KEY_RESIZE; }
static inline int cncurses_key_mouse(void) { return KEY_MOUSE; }

/* The mouse: button presses and the wheel (buttons 4 and 5), nothing else. */
static inline int cncurses_enable_mouse(void) {
    mmask_t wanted = BUTTON1_PRESSED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    wanted |= BUTTON5_PRESSED;
#endif
    mouseinterval(0);
    return mousemask(wanted, NULL) != 0;
}

/* Reads a mouse event: 1 a click, 2 the wheel up, 3 the wheel down, 0 anything else. */
static inline int cncurses_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) {
        return 0;
    }
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_PRESSED) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 2;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 3;
#endif
    return 0;
}

/* Whether the terminal description has an alternate screen (smcup): without one, the
   last frame stays on screen after the program ends unless it is cleared. */
static inline int cncurses_has_alternate_screen(void) {
    char *smcup = tigetstr("smcup");
    return smcup != NULL && smcup != (char *)-1 && smcup[0] != 0;
}

/* Defines colour pair `pair` from two colour numbers, which may be 24-bit RGB values on a
   direct-colour terminal. */
static inline int cncurses_init_pair(int pair, int foreground, int background) {
    return init_extended_pair(pair, foreground, background);
}
static inline int cncurses_key_code_yes(void) { return KEY_CODE_YES; }

/* Writes one wide character with attributes and a colour pair at (y, x). */
static inline int cncurses_put_cell(int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) == ERR) {
        return ERR;
    }
    return mvadd_wch(y, x, &cell);
}
#endif
