//! `--query`: JMESPath through the `jmespath` crate (the spec's Rust
//! implementation, run against its compliance suite), applied as awscli's
//! `Formatter` applies it: to the response, before formatting.
//!
//! The crate holds objects in sorted maps, where Python keeps insertion order;
//! the result's objects get their order back from the response's own objects
//! and from the query's multi-select hashes (`{Id: AccessKeyId, S: Status}`).

use super::json::Value;
use jmespath::ast::Ast;
use jmespath::{Rcvar, Variable};
use std::collections::BTreeMap;

pub struct Query {
    expression: jmespath::Expression<'static>,
}

impl Query {
    /// `awscli.customizations.globalargs._resolve_query`: a bad expression is a
    /// `ParamValidationError`, "Bad value for --query EXPR: REASON".
    pub fn compile(text: &str) -> Result<Query, String> {
        jmespath::compile(text)
            .map(|expression| Query { expression })
            .map_err(|e| {
                let reason = e.reason.to_string();
                // Python jmespath's IncompleteExpressionError, as the CLI prints it;
                // other parse errors keep the crate's wording.
                let reason = if reason.contains("Eof") || reason.contains("EOF") {
                    let underline = " ".repeat(text.chars().count() + 1);
                    format!("Invalid jmespath expression: Incomplete expression:\n\"{text}\"\n{underline}^")
                } else {
                    reason
                };
                format!("Bad value for --query {text}: {reason}")
            })
    }

    /// The query's result; a runtime error (a function given the wrong type)
    /// ends the command through the CLI's general handler.
    pub fn search(&self, response: &Value) -> Result<Value, String> {
        let mut orders = Vec::new();
        hash_orders(self.expression.as_ast(), &mut orders);
        response_orders(response, &mut orders);
        self.expression
            .search(to_variable(response))
            .map(|found| from_variable(&found, &orders))
            .map_err(|e| e.reason.to_string())
    }
}

fn to_variable(value: &Value) -> Variable {
    match value {
        Value::Null => Variable::Null,
        Value::Bool(b) => Variable::Bool(*b),
        Value::Number(n) => Variable::Number(n.clone()),
        Value::Str(s) => Variable::String(s.clone()),
        Value::List(items) => {
            Variable::Array(items.iter().map(|v| Rcvar::new(to_variable(v))).collect())
        }
        Value::Object(fields) => Variable::Object(
            fields
                .iter()
                .map(|(k, v)| (k.clone(), Rcvar::new(to_variable(v))))
                .collect(),
        ),
    }
}

fn from_variable(var: &Variable, orders: &[Vec<String>]) -> Value {
    match var {
        Variable::Null | Variable::Expref(_) => Value::Null,
        Variable::Bool(b) => Value::Bool(*b),
        Variable::Number(n) => Value::Number(n.clone()),
        Variable::String(s) => Value::Str(s.clone()),
        Variable::Array(items) => {
            Value::List(items.iter().map(|v| from_variable(v, orders)).collect())
        }
        Variable::Object(map) => Value::Object(
            ordered_keys(map, orders)
                .into_iter()
                .map(|k| (k.clone(), from_variable(&map[k], orders)))
                .collect(),
        ),
    }
}

/// The keys in the order of the first known object with exactly these keys,
/// else sorted.
fn ordered_keys<'a>(map: &'a BTreeMap<String, Rcvar>, orders: &[Vec<String>]) -> Vec<&'a String> {
    let known = orders
        .iter()
        .find(|o| o.len() == map.len() && o.iter().all(|k| map.contains_key(k)));
    match known {
        Some(order) => order
            .iter()
            .filter_map(|k| map.get_key_value(k).map(|(k, _)| k))
            .collect(),
        None => map.keys().collect(),
    }
}

fn response_orders(value: &Value, orders: &mut Vec<Vec<String>>) {
    match value {
        Value::Object(fields) => {
            orders.push(fields.iter().map(|(k, _)| k.clone()).collect());
            for (_, v) in fields {
                response_orders(v, orders);
            }
        }
        Value::List(items) => items.iter().for_each(|v| response_orders(v, orders)),
        _ => {}
    }
}

fn hash_orders(ast: &Ast, orders: &mut Vec<Vec<String>>) {
    match ast {
        Ast::MultiHash { elements, .. } => {
            orders.push(elements.iter().map(|kv| kv.key.clone()).collect());
            for kv in elements {
                hash_orders(&kv.value, orders);
            }
        }
        Ast::Comparison { lhs, rhs, .. }
        | Ast::Projection { lhs, rhs, .. }
        | Ast::And { lhs, rhs, .. }
        | Ast::Or { lhs, rhs, .. }
        | Ast::Subexpr { lhs, rhs, .. } => {
            hash_orders(lhs, orders);
            hash_orders(rhs, orders);
        }
        Ast::Condition {
            predicate, then, ..
        } => {
            hash_orders(predicate, orders);
            hash_orders(then, orders);
        }
        Ast::Expref { ast: node, .. }
        | Ast::Flatten { node, .. }
        | Ast::Not { node, .. }
        | Ast::ObjectValues { node, .. } => hash_orders(node, orders),
        Ast::Function { args, .. } => args.iter().for_each(|a| hash_orders(a, orders)),
        Ast::MultiList { elements, .. } => elements.iter().for_each(|a| hash_orders(a, orders)),
        Ast::Identity { .. }
        | Ast::Field { .. }
        | Ast::Index { .. }
        | Ast::Literal { .. }
        | Ast::Slice { .. } => {}
    }
}
