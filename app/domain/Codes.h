#pragma once

// The stored vocabularies of the case records. Codes are the field's own Dutch words (or product codes), stored as
// text so that a record read in ten years, or by the server, needs no table of numbers. Labels for the screen come
// from Vocabulary (translated); the codes themselves never change once released.

#include <QLatin1StringView>

namespace veldwerk::domain::codes {

namespace role { // ouder/verzorger (seed 000: all are "ouder")
inline constexpr QLatin1StringView Biological{"biologisch"};
inline constexpr QLatin1StringView Adoptive{"adoptie"};
inline constexpr QLatin1StringView Foster{"pleeg"};
inline constexpr QLatin1StringView NetworkFoster{"netwerkpleeg"};
inline constexpr QLatin1StringView Step{"stief"};
inline constexpr QLatin1StringView Other{"anders"};
} // namespace role

namespace product {
inline constexpr QLatin1StringView ParentingAssessment{"45A48"};            // Ouderschapsdiagnostiek ambulant
inline constexpr QLatin1StringView ParentingAssessmentResidential{"43A08"}; // Ouderschapsdiagnostiek met opname
inline constexpr QLatin1StringView VippSd{"VIPP-SD"};
inline constexpr QLatin1StringView KVht{"K-VHT"};
inline constexpr QLatin1StringView Vib{"VIB"};
inline constexpr QLatin1StringView SteadyParenting{"Stevig Ouderschap"};
inline constexpr QLatin1StringView VoorZorg{"VoorZorg"};
inline constexpr QLatin1StringView Other{"anders"};
} // namespace product

namespace framework { // kader
inline constexpr QLatin1StringView Voluntary{"vrijwillig"};
inline constexpr QLatin1StringView Compulsory{"gedwongen"};
} // namespace framework

namespace trajectory_status {
inline constexpr QLatin1StringView Registered{"aangemeld"};
inline constexpr QLatin1StringView Running{"lopend"};
inline constexpr QLatin1StringView Completed{"afgerond"};
inline constexpr QLatin1StringView TransferredOut{"overgedragen"};
} // namespace trajectory_status

namespace visit_kind {
inline constexpr QLatin1StringView HomeVisit{"huisbezoek"};
inline constexpr QLatin1StringView VideoRecording{"video-opname"};
inline constexpr QLatin1StringView VideoFeedback{"video-feedback"};
inline constexpr QLatin1StringView Evaluation{"evaluatie"};
inline constexpr QLatin1StringView Intake{"intake"};
inline constexpr QLatin1StringView Other{"anders"};
} // namespace visit_kind

namespace visit_status {
inline constexpr QLatin1StringView Planned{"gepland"};
inline constexpr QLatin1StringView InProgress{"bezig"};
inline constexpr QLatin1StringView Done{"afgerond"};
inline constexpr QLatin1StringView Cancelled{"geannuleerd"};
} // namespace visit_status

namespace consent_purpose {
inline constexpr QLatin1StringView Filming{"filmen"};
inline constexpr QLatin1StringView ImagesInSupervision{
    "beelden_supervisie"};                                            // beelden gebruiken in supervisie/intervisie
inline constexpr QLatin1StringView ShareData{"gegevens_delen"};       // gegevens delen met een genoemde partij
inline constexpr QLatin1StringView ImagesInRecord{"beelden_dossier"}; // bewaren van beelden in het dossier
} // namespace consent_purpose

} // namespace veldwerk::domain::codes
