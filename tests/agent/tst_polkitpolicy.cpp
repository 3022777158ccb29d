// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The polkit action that lets `pkexec procglass-agent` run the agent as root (issue 17): the file
// CMake configures and installs (packaging/agent.cmake), checked as polkit reads it. pkexec
// refuses a program whose path differs from the action's exec.path, and a malformed or misnamed
// action is silently ignored by polkitd: either way "as administrator" would simply not work.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QXmlStreamReader>

#include <unistd.h>

namespace {

const QString kActionId = QStringLiteral("io.github.procglass.agent");
const QString kPolicyDtd = QStringLiteral("/usr/share/polkit-1/policyconfig-1.dtd");
const QString kSystemActions = QStringLiteral("/usr/share/polkit-1/actions");

// What the action says, as polkitd reads it.
struct Action
{
    QString id;
    QStringList descriptions; // the untranslated ones
    QStringList messages;
    QHash<QString, QString> defaults; // allow_any -> auth_admin...
    QHash<QString, QString> annotations;
};

struct Policy
{
    QString error; // the XML reader's, when the file is not well formed
    QString doctypeName;
    std::vector<Action> actions;
};

Policy readPolicy(const QString& path)
{
    Policy policy;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        policy.error = file.errorString();
        return policy;
    }
    QXmlStreamReader xml(&file);
    QString inDefaults;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isDTD())
            policy.doctypeName = xml.dtdName().toString();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"action") {
            policy.actions.push_back({});
            policy.actions.back().id = xml.attributes().value(QStringLiteral("id")).toString();
        } else if (policy.actions.empty()) {
            continue;
        } else if (name == u"description" || name == u"message") {
            const bool translated = xml.attributes().hasAttribute(QStringLiteral("xml:lang"));
            const QString text = xml.readElementText();
            if (!translated)
                (name == u"description" ? policy.actions.back().descriptions : policy.actions.back().messages) << text;
        } else if (name == u"allow_any" || name == u"allow_inactive" || name == u"allow_active") {
            const QString key = name.toString();
            policy.actions.back().defaults.insert(key, xml.readElementText().trimmed());
        } else if (name == u"annotate") {
            const QString key = xml.attributes().value(QStringLiteral("key")).toString();
            policy.actions.back().annotations.insert(key, xml.readElementText().trimmed());
        }
    }
    if (xml.hasError())
        policy.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return policy;
}

struct Run
{
    bool started = false;
    int exitCode = -1;
    QString output; // stdout and stderr
};

Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    r.started = p.waitForStarted(10000);
    if (r.started && !p.waitForFinished(60000))
        p.kill();
    p.waitForFinished();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = QString::fromLocal8Bit(p.readAll());
    return r;
}

} // namespace

class TestPolkitPolicy : public QObject
{
    Q_OBJECT
    const QString m_policyPath = QStringLiteral(PROCGLASS_AGENT_POLICY_PATH);
    const QString m_agentPath = QStringLiteral(PROCGLASS_AGENT_INSTALL_PATH);

private slots:
    void wellFormed()
    {
        const Policy policy = readPolicy(m_policyPath);
        QVERIFY2(policy.error.isEmpty(), qPrintable(m_policyPath + QStringLiteral(": ") + policy.error));
        QCOMPARE(policy.doctypeName, QStringLiteral("policyconfig"));
        // Nothing left unconfigured: an @VAR@ would become a path that names no program.
        QFile file(m_policyPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains('@'), "a CMake @variable@ was left in the policy");
    }

    void validAgainstPolkitDtd()
    {
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty())
            QSKIP("xmllint is not installed (Debian: libxml2-utils, scripts/setup installs it)");
        if (!QFileInfo::exists(kPolicyDtd))
            QSKIP("polkit's DTD is not installed (Debian: polkitd, scripts/setup installs it)");
        const Run r = run(xmllint,
            { QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--dtdvalid"), kPolicyDtd,
                m_policyPath });
        QVERIFY2(r.started, "xmllint did not start");
        QVERIFY2(r.exitCode == 0 && r.output.isEmpty(), qPrintable(r.output));
    }

    void theAction()
    {
        const Policy policy = readPolicy(m_policyPath);
        QCOMPARE(policy.actions.size(), size_t(1));
        const Action& action = policy.actions.front();
        QCOMPARE(action.id, kActionId);
        // The password dialog shows the message: it must say what the password gives away.
        QCOMPARE(action.descriptions.size(), qsizetype(1));
        QCOMPARE(action.messages.size(), qsizetype(1));
        for (const QString& text : { action.descriptions.front(), action.messages.front() }) {
            QVERIFY2(text.contains(QStringLiteral("memory")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("other users")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("read"), Qt::CaseInsensitive)
                    && text.contains(QStringLiteral("change"), Qt::CaseInsensitive),
                qPrintable(text));
        }
        QCOMPARE(action.defaults.value(QStringLiteral("allow_any")), QStringLiteral("auth_admin"));
        QCOMPARE(action.defaults.value(QStringLiteral("allow_inactive")), QStringLiteral("auth_admin"));
        QCOMPARE(action.defaults.value(QStringLiteral("allow_active")), QStringLiteral("auth_admin_keep"));
        QCOMPARE(action.annotations.size(), qsizetype(1));
        const QString execPath = action.annotations.value(QStringLiteral("org.freedesktop.policykit.exec.path"));
        QCOMPARE(execPath, m_agentPath);
        QVERIFY2(QDir::isAbsolutePath(execPath) && execPath.endsWith(QStringLiteral("/bin/procglass-agent")),
            qPrintable(execPath));
    }

    void installedWhereTheActionSays_data()
    {
        QTest::addColumn<bool>("otherPrefix");
        QTest::newRow("DESTDIR, this build's prefix") << false;
        QTest::newRow("cmake --install --prefix elsewhere (as cpack puts it under /usr)") << true;
    }

    // The install rules put the agent exactly where the action says and the action where polkitd
    // reads actions: `cmake --install` of this build tree into a scratch folder, at this build's
    // prefix (DESTDIR) and at another prefix, as cpack installs under /usr whatever the build said.
    void installedWhereTheActionSays()
    {
#ifndef PROCGLASS_AGENT_BUILT
        QSKIP("procglass-agent is not built in this tree yet (src/agent has no such target)");
#else
        QFETCH(bool, otherPrefix);
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QStringList args { QStringLiteral("--install"), QStringLiteral(PROCGLASS_BINARY_DIR) };
        QString agentPath, root, prefix;
        if (otherPrefix) {
            prefix = scratch.filePath(QStringLiteral("opt/procglass"));
            args << QStringLiteral("--prefix") << prefix;
            agentPath = prefix + QStringLiteral("/bin/procglass-agent");
        } else {
            env.insert(QStringLiteral("DESTDIR"), scratch.path());
            root = scratch.path();
            prefix = QStringLiteral(PROCGLASS_INSTALL_PREFIX);
            agentPath = m_agentPath;
        }
        const Run r = run(QStringLiteral(PROCGLASS_CMAKE_COMMAND), args, env);
        QVERIFY2(r.started && r.exitCode == 0, qPrintable(r.output));
        const QFileInfo agent(root + agentPath);
        QVERIFY2(agent.isFile() && agent.isExecutable(), qPrintable(agent.filePath() + QStringLiteral(" missing")));
        const QString policy
            = root + prefix + QStringLiteral("/share/polkit-1/actions/io.github.procglass.agent.policy");
        QVERIFY2(QFileInfo(policy).isFile(), qPrintable(policy + QStringLiteral(" missing")));
        const Policy installed = readPolicy(policy);
        QCOMPARE(installed.actions.size(), size_t(1));
        QCOMPARE(installed.actions.front().annotations.value(QStringLiteral("org.freedesktop.policykit.exec.path")),
            agentPath);
#endif
    }

    // polkitd itself reads it: installed into the system's actions, pkaction must list it with
    // the defaults and the exec.path above. Needs root (to write there) and a running polkitd.
    void pkactionReadsIt()
    {
        if (geteuid() != 0)
            QSKIP("not root: cannot install the action into /usr/share/polkit-1/actions");
        const QString pkaction = QStandardPaths::findExecutable(QStringLiteral("pkaction"));
        if (pkaction.isEmpty())
            QSKIP("pkaction is not installed (Debian: pkexec, scripts/setup installs it)");
        if (!QFileInfo(kSystemActions).isDir())
            QSKIP("no /usr/share/polkit-1/actions (polkitd not installed)");
        // Does polkitd answer at all? (It runs on the system bus; containers and CI often have none.)
        const Run probe = run(pkaction,
            { QStringLiteral("--action-id"), QStringLiteral("org.freedesktop.policykit.exec"),
                QStringLiteral("--verbose") });
        if (!probe.started || probe.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("polkitd does not answer (%1)").arg(probe.output.trimmed())));

        const QString installed = kSystemActions + QStringLiteral("/io.github.procglass.agent.policy");
        // An installed package's action is put back afterwards; ours is removed.
        const QByteArray before = [&] {
            QFile f(installed);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QFile::remove(installed);
        QVERIFY(QFile::copy(m_policyPath, installed));
        auto restore = qScopeGuard([&] {
            QFile::remove(installed);
            if (!before.isEmpty()) {
                QFile f(installed);
                if (f.open(QIODevice::WriteOnly))
                    f.write(before);
            }
        });
        // polkitd notices new actions through inotify, a moment later.
        Run r;
        for (int i = 0; i < 50; ++i) {
            r = run(pkaction, { QStringLiteral("--action-id"), kActionId, QStringLiteral("--verbose") });
            if (r.exitCode == 0)
                break;
            QThread::msleep(100);
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QRegularExpression(QStringLiteral("implicit any:\\s+auth_admin\\n"))),
            qPrintable(r.output));
        QVERIFY2(r.output.contains(QRegularExpression(QStringLiteral("implicit inactive:\\s+auth_admin\\n"))),
            qPrintable(r.output));
        QVERIFY2(r.output.contains(QRegularExpression(QStringLiteral("implicit active:\\s+auth_admin_keep\\n"))),
            qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("org.freedesktop.policykit.exec.path -> ") + m_agentPath),
            qPrintable(r.output));
    }
};

QTEST_GUILESS_MAIN(TestPolkitPolicy)
#include "tst_polkitpolicy.moc"
