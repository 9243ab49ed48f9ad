#include "import/RowBuilder.h"

#include "domain/RowRules.h"

#include <QCoreApplication>

namespace fb::import {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::import::RowBuilder)
};

} // namespace

RowBuilder::RowBuilder(const KindSpec& spec, const HeaderMapping& mapping, ValueParser::Settings settings, QString file,
                       size_t headerWidth)
    : m_spec(spec), m_mapping(mapping), m_parser(std::move(settings)), m_file(std::move(file)),
      m_headerWidth(headerWidth)
{
}

bool RowBuilder::build(const std::vector<std::string>& fields, qint64 line, std::vector<Value>& row,
                       std::vector<Error>& errors)
{
    if (fields.size() != m_headerWidth) {
        errors.push_back(
            Error(Tr::tr("has %1 fields, the header has %2").arg(fields.size()).arg(m_headerWidth), m_file, line));
        return false;
    }
    bool ok = true;
    row.resize(m_spec.columns.size());
    QString reason;
    for (size_t c = 0; c < m_spec.columns.size(); ++c) {
        const auto& sources = m_mapping.sources[c];
        std::string_view text;
        if (sources.size() == 1) {
            text = fields[sources[0]];
        } else if (sources.size() > 1) {
            // --map started_at=Date+Time: the parts joined with a space.
            m_joined.clear();
            for (int s : sources) {
                if (!m_joined.empty() && !fields[s].empty())
                    m_joined += ' ';
                m_joined += fields[s];
            }
            text = m_joined;
        }
        if (!m_parser.parse(m_spec.columns[c], text, row[c], reason)) {
            ok = false;
            errors.push_back(Error(reason, m_file, line, QString::fromStdString(m_spec.columns[c].name),
                                   QString::fromUtf8(text.data(), qsizetype(text.size())), true));
        }
    }
    if (ok && hasRowRules(m_spec.kind))
        for (RuleBreach& breach : ruleBreaches(m_spec, row)) {
            ok = false;
            errors.push_back(Error(std::move(breach.reason), m_file, line, QString::fromStdString(breach.column)));
        }
    return ok;
}

} // namespace fb::import
