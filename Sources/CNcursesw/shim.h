// The wide-character ncurses API for Swift.
//
// SwiftPM drops the flags pkg-config gives for ncursesw, so the defines that switch on the
// wide API (get_wch, cchar_t, setcchar) are set here, before any system header.
#ifndef PILLARS_CNCURSESW_SHIM_H
#define PILLARS_CNCURSESW_SHIM_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <string.h>

// Globals and macros Swift 6 cannot import, or cannot use without a concurrency error.

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline WINDOW *cn_curscr(void) { return curscr; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

static inline int cn_getmaxx(WINDOW *window) {
  int y, x;
  getmaxyx(window, y, x);
  (void)y;
  return x;
}

static inline int cn_getmaxy(WINDOW *window) {
  int y, x;
  getmaxyx(window, y, x);
  (void)x;
  return y;
}

static inline int cn_err(void) { return ERR; }
static inline int cn_ok(void) { return OK; }

// Attributes.
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_italic(void) { return A_ITALIC; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

// Key codes returned by wget_wch alongside KEY_CODE_YES.
static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cn_key_down(void) { return KEY_DOWN; }
static inline int cn_key_up(void) { return KEY_UP; }
static inline int cn_key_left(void) { return KEY_LEFT; }
static inline int cn_key_right(void) { return KEY_RIGHT; }
static inline int cn_key_home(void) { return KEY_HOME; }
static inline int cn_key_end(void) { return KEY_END; }
static inline int cn_key_backspace(void) { return KEY_BACKSPACE; }
static inline int cn_key_f0(void) { return KEY_F0; }
static inline int cn_key_dc(void) { return KEY_DC; }
static inline int cn_key_ic(void) { return KEY_IC; }
static inline int cn_key_npage(void) { return KEY_NPAGE; }
static inline int cn_key_ppage(void) { return KEY_PPAGE; }
static inline int cn_key_enter(void) { return KEY_ENTER; }
static inline int cn_key_btab(void) { return KEY_BTAB; }
static inline int cn_key_beg(void) { return KEY_BEG; }
static inline int cn_key_resize(void) { return KEY_RESIZE; }
static inline int cn_key_mouse(void) { return KEY_MOUSE; }
static inline int cn_key_max(void) { return KEY_MAX; }

// Mouse event masks.
static inline mmask_t cn_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t cn_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }

// A terminfo string capability, or NULL when the terminal lacks it (tigetstr's -1 included).
static inline const char *cn_string_capability(const char *name) {
  char *value = tigetstr(name);
  if (value == NULL || value == (char *)-1) {
    return NULL;
  }
  return value;
}

// How many columns the C library says a character takes: what ncurses itself assumes.
static inline int cn_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

// Whether the current LC_CTYPE encodes text as UTF-8.
static inline int cn_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#endif
