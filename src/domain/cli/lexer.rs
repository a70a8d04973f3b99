//! The slice of bash grammar the lab's terminal understands: words with single
//! and double quotes and backslashes, `$NAME` / `${NAME}` / `$?`, comments, and
//! command lists joined by `;`, `&&` and `||`. Expansion is deferred to the moment
//! a command runs, so `export A=1; echo $A` sees the new value as bash does.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VarRef {
    Name(String),
    Status,
    Positional(u32),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    /// Text as typed; `quoted` when it came from quotes or a backslash escape.
    Lit {
        text: String,
        quoted: bool,
    },
    Var {
        var: VarRef,
        quoted: bool,
    },
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Word {
    pub segs: Vec<Seg>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connector {
    Always,
    IfSuccess,
    IfFailure,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Command {
    pub words: Vec<Word>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LexError {
    /// An open quote, a trailing backslash or `&&`: bash asks for more with `> `.
    Incomplete,
    /// bash: `syntax error near unexpected token `X'`.
    UnexpectedToken(String),
    BadSubstitution(String),
    /// Pipes, redirections, background jobs and subshells are outside the lab.
    Unsupported(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Word(Word),
    Op(&'static str),
}

/// Splits a line into commands, each run after the previous one as its connector says.
pub fn parse(line: &str) -> Result<Vec<(Connector, Command)>, LexError> {
    let tokens = tokenize(line)?;
    let mut list = Vec::new();
    let mut current = Command::default();
    let mut connector = Connector::Always;
    let mut pending_op: Option<&'static str> = None;
    for token in tokens {
        match token {
            Token::Word(w) => {
                current.words.push(w);
                pending_op = None;
            }
            Token::Op(op) => {
                if current.words.is_empty() {
                    return Err(LexError::UnexpectedToken(op.to_string()));
                }
                list.push((connector, std::mem::take(&mut current)));
                connector = match op {
                    "&&" => Connector::IfSuccess,
                    "||" => Connector::IfFailure,
                    _ => Connector::Always,
                };
                pending_op = Some(op);
            }
        }
    }
    match pending_op {
        Some("&&") | Some("||") => return Err(LexError::Incomplete),
        _ => {}
    }
    if !current.words.is_empty() {
        list.push((connector, current));
    }
    Ok(list)
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

pub fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_name_start) && chars.all(is_name_char)
}

struct WordBuilder {
    segs: Vec<Seg>,
    started: bool,
}

impl WordBuilder {
    fn push_char(&mut self, c: char, quoted: bool) {
        self.started = true;
        if let Some(Seg::Lit { text, quoted: q }) = self.segs.last_mut() {
            if *q == quoted {
                text.push(c);
                return;
            }
        }
        self.segs.push(Seg::Lit {
            text: c.to_string(),
            quoted,
        });
    }

    fn mark_quoted_empty(&mut self) {
        self.started = true;
        self.segs.push(Seg::Lit {
            text: String::new(),
            quoted: true,
        });
    }

    fn push_var(&mut self, var: VarRef, quoted: bool) {
        self.started = true;
        self.segs.push(Seg::Var { var, quoted });
    }

    fn finish(&mut self, tokens: &mut Vec<Token>) {
        if self.started {
            tokens.push(Token::Word(Word {
                segs: std::mem::take(&mut self.segs),
            }));
            self.started = false;
        }
    }
}

fn tokenize(line: &str) -> Result<Vec<Token>, LexError> {
    let chars: Vec<char> = line.chars().collect();
    let mut tokens = Vec::new();
    let mut word = WordBuilder {
        segs: Vec::new(),
        started: false,
    };
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        match c {
            ' ' | '\t' | '\n' | '\r' => {
                word.finish(&mut tokens);
                i += 1;
            }
            '#' if !word.started => break,
            ';' => {
                word.finish(&mut tokens);
                if next == Some(';') {
                    return Err(LexError::UnexpectedToken(";;".into()));
                }
                tokens.push(Token::Op(";"));
                i += 1;
            }
            '&' | '|' if next == Some(c) => {
                word.finish(&mut tokens);
                tokens.push(Token::Op(if c == '&' { "&&" } else { "||" }));
                i += 2;
            }
            '&' | '|' | '<' | '>' | '(' | ')' | '`' => {
                return Err(LexError::Unsupported(c.to_string()));
            }
            '\\' => match next {
                None => return Err(LexError::Incomplete),
                Some('\n') => i += 2,
                Some(n) => {
                    word.push_char(n, true);
                    i += 2;
                }
            },
            '\'' => {
                let close = chars[i + 1..]
                    .iter()
                    .position(|&c| c == '\'')
                    .ok_or(LexError::Incomplete)?;
                word.mark_quoted_empty();
                for &q in &chars[i + 1..i + 1 + close] {
                    word.push_char(q, true);
                }
                i += close + 2;
            }
            '"' => {
                word.mark_quoted_empty();
                i += 1;
                loop {
                    let Some(&q) = chars.get(i) else {
                        return Err(LexError::Incomplete);
                    };
                    match q {
                        '"' => {
                            i += 1;
                            break;
                        }
                        '\\' => match chars.get(i + 1) {
                            None => return Err(LexError::Incomplete),
                            Some('\n') => i += 2,
                            Some(&n) if matches!(n, '$' | '`' | '"' | '\\') => {
                                word.push_char(n, true);
                                i += 2;
                            }
                            Some(_) => {
                                word.push_char('\\', true);
                                i += 1;
                            }
                        },
                        '`' => return Err(LexError::Unsupported("`".into())),
                        '$' => i = dollar(&chars, i, true, &mut word)?,
                        _ => {
                            word.push_char(q, true);
                            i += 1;
                        }
                    }
                }
            }
            '$' => i = dollar(&chars, i, false, &mut word)?,
            _ => {
                word.push_char(c, false);
                i += 1;
            }
        }
    }
    word.finish(&mut tokens);
    Ok(tokens)
}

/// Reads the expansion starting at `chars[at] == '$'`; returns the index after it.
fn dollar(
    chars: &[char],
    at: usize,
    quoted: bool,
    word: &mut WordBuilder,
) -> Result<usize, LexError> {
    match chars.get(at + 1).copied() {
        Some('?') => {
            word.push_var(VarRef::Status, quoted);
            Ok(at + 2)
        }
        Some(d) if d.is_ascii_digit() => {
            word.push_var(VarRef::Positional(d.to_digit(10).unwrap_or(0)), quoted);
            Ok(at + 2)
        }
        Some(c) if is_name_start(c) => {
            let len = chars[at + 1..]
                .iter()
                .take_while(|&&c| is_name_char(c))
                .count();
            let name: String = chars[at + 1..at + 1 + len].iter().collect();
            word.push_var(VarRef::Name(name), quoted);
            Ok(at + 1 + len)
        }
        Some('{') => {
            let close = chars[at + 2..]
                .iter()
                .position(|&c| c == '}')
                .ok_or(LexError::Incomplete)?;
            let inner: String = chars[at + 2..at + 2 + close].iter().collect();
            let var = if inner == "?" {
                VarRef::Status
            } else if is_name(&inner) {
                VarRef::Name(inner)
            } else if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) {
                VarRef::Positional(inner.parse().unwrap_or(u32::MAX))
            } else {
                return Err(LexError::BadSubstitution(format!("${{{inner}}}")));
            };
            word.push_var(var, quoted);
            Ok(at + 3 + close)
        }
        Some('(') => Err(LexError::Unsupported("$(".into())),
        _ => {
            word.push_char('$', quoted);
            Ok(at + 1)
        }
    }
}

impl Word {
    /// `NAME=value` typed with an unquoted name: bash's assignment word, whose
    /// value is expanded but never split.
    pub fn assignment(&self, lookup: &dyn Fn(&VarRef) -> String) -> Option<(String, String)> {
        let (first, rest) = self.segs.split_first()?;
        let Seg::Lit {
            text,
            quoted: false,
        } = first
        else {
            return None;
        };
        let (name, head) = text.split_once('=')?;
        if !is_name(name) {
            return None;
        }
        let mut value = head.to_string();
        for seg in rest {
            match seg {
                Seg::Lit { text, .. } => value.push_str(text),
                Seg::Var { var, .. } => value.push_str(&lookup(var)),
            }
        }
        Some((name.to_string(), value))
    }

    /// The fields this word becomes after expansion and word splitting.
    pub fn expand(&self, lookup: &dyn Fn(&VarRef) -> String) -> Vec<String> {
        let mut fields = Vec::new();
        let mut current = String::new();
        let mut has = false;
        for seg in &self.segs {
            match seg {
                Seg::Lit { text, quoted } => {
                    current.push_str(text);
                    has |= *quoted || !text.is_empty();
                }
                Seg::Var { var, quoted: true } => {
                    current.push_str(&lookup(var));
                    has = true;
                }
                Seg::Var { var, quoted: false } => {
                    let value = lookup(var);
                    let is_ifs = |c: char| matches!(c, ' ' | '\t' | '\n');
                    let pieces: Vec<&str> = value.split(is_ifs).filter(|p| !p.is_empty()).collect();
                    if value.starts_with(is_ifs) && has {
                        fields.push(std::mem::take(&mut current));
                        has = false;
                    }
                    for (n, piece) in pieces.iter().enumerate() {
                        if n > 0 {
                            fields.push(std::mem::take(&mut current));
                        }
                        current.push_str(piece);
                        has = true;
                    }
                    if value.ends_with(is_ifs) && has {
                        fields.push(std::mem::take(&mut current));
                        has = false;
                    }
                }
            }
        }
        if has {
            fields.push(current);
        }
        fields
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(var: &VarRef) -> String {
        match var {
            VarRef::Name(n) if n == "A" => "one".into(),
            VarRef::Name(n) if n == "SPLIT" => " x  y ".into(),
            VarRef::Status => "7".into(),
            _ => String::new(),
        }
    }

    fn fields(line: &str) -> Vec<Vec<String>> {
        parse(line)
            .unwrap()
            .into_iter()
            .map(|(_, c)| c.words.iter().flat_map(|w| w.expand(&lookup)).collect())
            .collect()
    }

    #[test]
    fn quotes_escapes_and_variables_expand_as_bash_does() {
        for (line, expected) in [
            ("echo a  b", vec!["echo", "a", "b"]),
            ("echo 'a  $A' \"b $A\"", vec!["echo", "a  $A", "b one"]),
            ("echo $A${A}$? \\$A", vec!["echo", "oneone7", "$A"]),
            ("echo \"\" '' $NOPE end", vec!["echo", "", "", "end"]),
            (
                "echo pre$SPLIT\"post\"",
                vec!["echo", "pre", "x", "y", "post"],
            ),
            ("echo \"$SPLIT\"", vec!["echo", " x  y "]),
            (
                "echo \"a\\\"b\\n\" $ 5$",
                vec!["echo", "a\"b\\n", "$", "5$"],
            ),
            ("echo a # comment", vec!["echo", "a"]),
            ("echo a#b", vec!["echo", "a#b"]),
        ] {
            assert_eq!(fields(line), vec![expected], "{line}");
        }
    }

    #[test]
    fn lists_split_on_semicolons_and_logic_operators() {
        let list = parse("a; b && c || d;").unwrap();
        let connectors: Vec<Connector> = list.iter().map(|(c, _)| *c).collect();
        assert_eq!(
            connectors,
            vec![
                Connector::Always,
                Connector::Always,
                Connector::IfSuccess,
                Connector::IfFailure
            ]
        );
    }

    #[test]
    fn open_constructs_ask_for_more_and_bad_ones_are_named() {
        for (line, err) in [
            ("echo 'abc", LexError::Incomplete),
            ("echo \"abc", LexError::Incomplete),
            ("echo abc\\", LexError::Incomplete),
            ("echo a &&", LexError::Incomplete),
            ("echo ${A", LexError::Incomplete),
            ("; echo", LexError::UnexpectedToken(";".into())),
            ("echo a ;; b", LexError::UnexpectedToken(";;".into())),
            ("echo ${A-b}", LexError::BadSubstitution("${A-b}".into())),
            ("aws | cat", LexError::Unsupported("|".into())),
            ("echo $(id)", LexError::Unsupported("$(".into())),
        ] {
            assert_eq!(parse(line), Err(err), "{line}");
        }
    }

    #[test]
    fn assignments_need_an_unquoted_name_and_are_not_split() {
        let word = |s: &str| parse(s).unwrap().remove(0).1.words.remove(0);
        assert_eq!(
            word("A=$SPLIT").assignment(&lookup),
            Some(("A".into(), " x  y ".into()))
        );
        assert_eq!(
            word("A='b c'").assignment(&lookup),
            Some(("A".into(), "b c".into()))
        );
        assert_eq!(word("'A'=b").assignment(&lookup), None);
        assert_eq!(word("1A=b").assignment(&lookup), None);
        assert_eq!(word("=b").assignment(&lookup), None);
    }
}
