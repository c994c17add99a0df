//! The JSON names of the model's enums, read and written as text: `Display` writes the
//! name the JSON contract uses, `FromStr` reads it back.

use core::fmt;

use crate::{Code, Comparator, MarkerStyle, Measure, QuantityKind, Role, Severity, Stance, Status};

/// A name that is none of an enum's JSON names, as `"ge".parse::<Comparator>()` reports
/// it for `"gte"`.
///
/// ```
/// use mubiao_model::{Comparator, UnknownName};
///
/// let err: UnknownName = "gte".parse::<Comparator>().unwrap_err();
/// assert_eq!(err.name(), "gte");
/// assert_eq!(err.to_string(), "unknown comparator \"gte\" (expected one of: eq, ge, gt, le, lt, approx, range)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownName {
    kind: &'static str,
    name: String,
    expected: &'static [&'static str],
}

impl UnknownName {
    /// The text that was given.
    ///
    /// ```
    /// let err = "chief".parse::<mubiao_model::Role>().unwrap_err();
    /// assert_eq!(err.name(), "chief");
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The names that would have been read, in declaration order.
    ///
    /// ```
    /// let err = "chief".parse::<mubiao_model::Role>().unwrap_err();
    /// assert_eq!(err.expected(), ["lead", "responsible", "cooperating"]);
    /// ```
    #[must_use]
    pub const fn expected(&self) -> &'static [&'static str] {
        self.expected
    }
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} {:?} (expected one of: {})",
            self.kind,
            self.name,
            self.expected.join(", ")
        )
    }
}

impl std::error::Error for UnknownName {}

/// `Display` by `as_str`, and `FromStr` over the variants' names; one list of variants,
/// so the names are written once, in `as_str`.
macro_rules! names {
    ($ty:ident, $kind:literal, [$($variant:ident),+ $(,)?]) => {
        impl $ty {
            const VARIANTS: &'static [Self] = &[$(Self::$variant),+];
            const NAMES: &'static [&'static str] = &[$(Self::$variant.as_str()),+];
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl core::str::FromStr for $ty {
            type Err = UnknownName;

            fn from_str(s: &str) -> Result<Self, UnknownName> {
                Self::VARIANTS
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == s)
                    .ok_or_else(|| UnknownName {
                        kind: $kind,
                        name: s.to_owned(),
                        expected: Self::NAMES,
                    })
            }
        }
    };
}

names!(Role, "role", [Lead, Responsible, Cooperating]);
names!(
    Comparator,
    "comparator",
    [Eq, Ge, Gt, Le, Lt, Approx, Range]
);
names!(
    QuantityKind,
    "quantity kind",
    [
        Number,
        Percent,
        Permille,
        Permyriad,
        PercentagePoints,
        Money,
        Measure,
        Count,
        Multiple,
        Ordinal
    ]
);
names!(
    Measure,
    "measure",
    [Level, Growth, Share, Multiple, ChangePp, Change]
);
names!(Status, "status", [Target, Actual]);
names!(Stance, "stance", [Strive, Ensure, Expected]);
names!(Severity, "severity", [Info, Warning, Error]);
names!(
    Code,
    "diagnostic code",
    [
        NumberingGap,
        NumberingRepeat,
        NumberingRestart,
        UnclosedParen,
        EmptyDuty,
        UnclearUnit,
        NestingTooDeep,
        InvalidDate,
        InconsistentClaim,
        ConsistentClaim,
        UncheckableClaim
    ]
);
names!(
    MarkerStyle,
    "marker style",
    [
        Part,
        Chapter,
        Section,
        Article,
        Chinese,
        ChineseParen,
        Arabic,
        ArabicParen,
        ArabicHalfParen,
        Circled,
        Dash,
        RunIn
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name reads back as its variant, and (with serde) is the JSON name.
    fn round_trip<T>(variants: &[T])
    where
        T: Copy + fmt::Display + core::str::FromStr<Err = UnknownName> + PartialEq + fmt::Debug,
    {
        for v in variants {
            assert_eq!(v.to_string().parse::<T>(), Ok(*v));
        }
    }

    #[test]
    fn names_read_back() {
        round_trip(Role::VARIANTS);
        round_trip(Comparator::VARIANTS);
        round_trip(QuantityKind::VARIANTS);
        round_trip(Measure::VARIANTS);
        round_trip(Status::VARIANTS);
        round_trip(Stance::VARIANTS);
        round_trip(Severity::VARIANTS);
        round_trip(Code::VARIANTS);
        round_trip(MarkerStyle::VARIANTS);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn names_are_the_json_names() {
        fn check<T: serde::Serialize + fmt::Display>(variants: &[T]) {
            for v in variants {
                let json = serde_json::to_string(v).unwrap();
                assert_eq!(json, format!("\"{v}\""));
            }
        }
        check(Role::VARIANTS);
        check(Comparator::VARIANTS);
        check(QuantityKind::VARIANTS);
        check(Measure::VARIANTS);
        check(Status::VARIANTS);
        check(Stance::VARIANTS);
        check(Severity::VARIANTS);
        check(Code::VARIANTS);
        check(MarkerStyle::VARIANTS);
    }

    #[test]
    fn unknown_names_say_what_was_expected() {
        let err = "Lead".parse::<Role>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown role \"Lead\" (expected one of: lead, responsible, cooperating)"
        );
        assert!("".parse::<Code>().is_err());
    }
}
