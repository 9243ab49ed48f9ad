#include "import/ImportOptions.h"

#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb::import {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::import::ImportOptions)
};

QString encodingKey(csv::Encoding e)
{
    return csv::encodingName(e);
}

std::optional<csv::Encoding> encodingFromName(const QString& name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    if (n == QLatin1String("utf8"))
        return csv::Encoding::Utf8;
    if (n == QLatin1String("utf8withbom") || n == QLatin1String("utf8bom"))
        return csv::Encoding::Utf8Bom;
    if (n == QLatin1String("utf16le"))
        return csv::Encoding::Utf16LE;
    if (n == QLatin1String("utf16be"))
        return csv::Encoding::Utf16BE;
    if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252") || n == QLatin1String("latin1"))
        return csv::Encoding::Windows1252;
    return std::nullopt;
}

} // namespace

Status ColumnMap::add(const QString& assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == assignment.size() - 1)
        return Error::plain(
            Tr::tr("--map takes target=Source Header (or target=A+B to join two columns), not '%1'").arg(assignment));
    const std::string target = assignment.left(eq).trimmed().toLower().toStdString();
    QStringList parts = assignment.mid(eq + 1).split(QLatin1Char('+'));
    for (QString& part : parts)
        part = part.trimmed();
    if (parts.contains(QString()))
        return Error::plain(Tr::tr("--map %1 names an empty source column").arg(assignment));
    sources[target] = std::vector<QString>(parts.begin(), parts.end());
    return {};
}

std::optional<csv::Encoding> parseEncodingName(const QString& name)
{
    return encodingFromName(name);
}

Status applyProfile(const QString& path, ImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot open the mapping profile: %1").arg(file.errorString()), path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(Tr::tr("is not a mapping profile (JSON object): %1").arg(parseError.errorString()), path);
    const QJsonObject o = doc.object();
    if (o.contains(QLatin1String("kind"))) {
        const auto kind = kindFromName(o.value(QLatin1String("kind")).toString());
        if (!kind)
            return Error(Tr::tr("unknown kind '%1'").arg(o.value(QLatin1String("kind")).toString()), path);
        if (*kind != options.kind)
            return Error(Tr::tr("is a profile for %1, not %2").arg(kindName(*kind), kindName(options.kind)), path);
    }
    if (o.contains(QLatin1String("delimiter")) && !options.reader.delimiter) {
        const auto d = csv::parseDelimiter(o.value(QLatin1String("delimiter")).toString());
        if (!d)
            return Error(Tr::tr("delimiter must be , ; tab or |"), path);
        options.reader.delimiter = d;
    }
    if (o.contains(QLatin1String("encoding")) && !options.reader.encoding) {
        const auto e = encodingFromName(o.value(QLatin1String("encoding")).toString());
        if (!e)
            return Error(Tr::tr("unknown encoding '%1'").arg(o.value(QLatin1String("encoding")).toString()), path);
        options.reader.encoding = e;
    }
    if (o.contains(QLatin1String("date_format")) && options.dateFormat.isEmpty())
        options.dateFormat = o.value(QLatin1String("date_format")).toString();
    const QJsonObject map = o.value(QLatin1String("map")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (options.map.sources.count(it.key().toLower().toStdString()))
            continue; // the command line wins
        if (auto st = options.map.add(it.key() + QLatin1Char('=') + it.value().toString()); !st)
            return Error(st.error().reason, path);
    }
    return {};
}

Status saveProfile(const QString& path, const ImportOptions& options)
{
    QJsonObject o;
    o.insert(QLatin1String("kind"), kindName(options.kind));
    if (options.reader.delimiter)
        o.insert(QLatin1String("delimiter"), csv::delimiterName(*options.reader.delimiter));
    if (options.reader.encoding)
        o.insert(QLatin1String("encoding"), encodingKey(*options.reader.encoding));
    if (!options.dateFormat.isEmpty())
        o.insert(QLatin1String("date_format"), options.dateFormat);
    QJsonObject map;
    for (const auto& [target, sources] : options.map.sources) {
        QStringList parts(sources.begin(), sources.end());
        map.insert(QString::fromStdString(target), parts.join(QLatin1Char('+')));
    }
    o.insert(QLatin1String("map"), map);
    if (auto written = writeFileAtomically(path, QJsonDocument(o).toJson(QJsonDocument::Indented)); !written)
        return Error(Tr::tr("cannot write the mapping profile: %1").arg(written.error().reason), path);
    return {};
}

} // namespace fb::import
