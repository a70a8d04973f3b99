pub mod denied;
pub mod dialog;
pub mod disclosure;
pub mod field;
pub mod nav_bar;
pub mod submit;
pub mod top_bar;
pub mod training_panel;
