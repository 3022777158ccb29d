// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

// The test that no tr() call misses the catalogue, for the window (tst_translation) and
// procglass-cli (tst_cli_translation): installed on top of the other translators, it answers from the
// German catalogue like them and notes every call for one of Procglass's contexts that the
// catalogue cannot answer (a message lupdate never saw, or one left untranslated).
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace procglass::test {

// The contexts that are Procglass's own (Qt's are answered by qtbase_*.qm).
inline bool isProcglassContext(const char* context)
{
    const QByteArray c(context);
    return c.startsWith("procglass") || c == "MainWindow" || c == "main";
}

class TranslationRecorder : public QTranslator
{
public:
    QTranslator german;
    mutable QStringList missing;
    mutable int answered = 0; // calls of Procglass's contexts
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        if (!isProcglassContext(context))
            return {};
        ++answered;
        const QString result = german.translate(context, source, disambiguation, n);
        if (result.isEmpty())
            missing << QStringLiteral("%1: %2").arg(QString::fromLatin1(context), QString::fromUtf8(source));
        return result;
    }
    bool isEmpty() const override { return false; }
};

} // namespace procglass::test
