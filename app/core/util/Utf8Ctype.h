#pragma once

#include <locale.h>

// libarchive converts entry names through the charset of the current locale and gives up on what
// that charset cannot hold: in the C locale (LANG unset, cron jobs) every name with an umlaut.
// While an instance lives, this thread uses a UTF-8 LC_CTYPE, whatever the process uses.
class Utf8Ctype
{
public:
    Utf8Ctype()
        : m_locale(newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(nullptr)))
    {
        if (m_locale)
            m_previous = uselocale(m_locale);
    }
    ~Utf8Ctype()
    {
        if (m_locale) {
            uselocale(m_previous);
            freelocale(m_locale);
        }
    }
    Utf8Ctype(const Utf8Ctype &) = delete;
    Utf8Ctype &operator=(const Utf8Ctype &) = delete;

private:
    locale_t m_locale;
    locale_t m_previous = nullptr;
};
