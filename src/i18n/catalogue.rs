// English follows the AWS console of the seed's era, Japanese the AWS Japanese
// console and documentation; names used by outside suites are in ui-contract.md.
use super::Locale;

catalogue! {
    AppName => "rootkey-lab", "rootkey-lab";
    Language => "Language", "言語";
    TrainingBanner => "Training simulator: this is not AWS. Never enter a real AWS password or access key here.",
        "トレーニング用シミュレーターです。AWS ではありません。本物の AWS のパスワードやアクセスキーは絶対に入力しないでください。";
    StorageUnreadable => "Saved lab data in this browser could not be read. It has been left untouched (and copied aside); until you choose, changes are kept only in this tab. Download it to keep it, or start fresh to save the lab again.",
        "このブラウザに保存されたラボのデータを読み込めませんでした。データはそのまま残してあります (別の場所にもコピーしました)。選択するまで、変更はこのタブにのみ保持されます。保存するにはダウンロードし、再びラボを保存するには新しく始めてください。";
    DownloadUnreadable => "Download unreadable data", "読み込めないデータをダウンロード";
    StartFresh => "Start fresh", "新しく始める";
    StorageWriteFailed => "The lab could not be saved: this browser's storage is full. Your changes are kept in this tab and saving is tried again on your next change.",
        "ラボを保存できませんでした。このブラウザのストレージがいっぱいです。変更はこのタブに保持され、次の変更時に再度保存を試みます。";
    StorageNewer => "This lab's data was saved by a newer version of the app. Reload the page to use it; nothing is saved until then.",
        "このラボのデータは新しいバージョンのアプリで保存されています。ページを再読み込みしてください。それまで何も保存されません。";
    StorageUnavailable => "This browser does not let the lab save data. Everything works, but is lost when this tab closes.",
        "このブラウザではラボのデータを保存できません。操作はできますが、タブを閉じると失われます。";
    NotFoundHeading => "Page not found", "ページが見つかりません";
    BackToStart => "Go to the sign-in page", "サインインページへ";
    // Issue #18: a signed-in learner's way back from a missing page or Lab data
    BackToConsole => "Go to Console Home", "コンソールのホームへ";

    // Loading on first need (issue #17): a part of the app that could not be fetched
    PartNotLoaded => "This part of rootkey-lab could not be loaded. Check your connection, then reload the page (your lab is saved).",
        "rootkey-lab のこの部分を読み込めませんでした。接続を確認してから、ページを再読み込みしてください (ラボは保存されています)。";
    ReloadPage => "Reload page", "ページを再読み込み";
    LoadingPart => "Loading...", "読み込んでいます...";

    // Main sign-in page
    SignInHeading => "Sign in", "サインイン";
    RootUser => "Root user", "ルートユーザー";
    RootUserHint => "Account owner that performs tasks requiring unrestricted access.",
        "無制限のアクセス権限を必要とするタスクを実行するアカウント所有者。";
    IamUser => "IAM user", "IAM ユーザー";
    IamUserHint => "User within an account that performs daily tasks.",
        "日常のタスクを実行する、アカウント内のユーザー。";
    RootUserEmail => "Root user email address", "ルートユーザーの E メールアドレス";
    AccountIdOrAlias => "Account ID (12 digits) or account alias", "アカウント ID (12 桁) またはアカウントエイリアス";
    Next => "Next", "次へ";
    Password => "Password", "パスワード";
    SignInButton => "Sign in", "サインイン";
    CreateNewAwsAccount => "Create a new AWS account", "新しい AWS アカウントの作成";
    SigningInAs => "Signing in as", "サインイン中のユーザー";
    UseDifferentEmail => "Use a different email", "別の E メールアドレスを使用";
    AuthIncorrect => "Your authentication information is incorrect. Please try again.",
        "認証情報が正しくありません。もう一度お試しください。";
    EmailRequired => "Enter a valid email address.", "有効な E メールアドレスを入力してください。";
    AccountRequired => "Enter your account ID (12 digits) or account alias.",
        "アカウント ID (12 桁) またはアカウントエイリアスを入力してください。";

    // Issue #18: the password step names itself and says what the lab does for a forgotten password
    RootUserSignIn => "Root user sign in", "ルートユーザーのサインイン";
    ForgotPassword => "Forgot password?", "パスワードをお忘れですか?";
    ForgotPasswordLabNote => "AWS emails a link to reset the root user's password. The lab sends no email: if you have forgotten it, reset the lab on Lab data (or load a scenario) and sign up again.",
        "AWS ではルートユーザーのパスワードをリセットするリンクが E メールで送られます。ラボは E メールを送信しません。パスワードを忘れた場合は、ラボのデータページでラボをリセットする (またはシナリオを読み込む) か、もう一度サインアップしてください。";

    // Account-specific IAM user sign-in page
    SignInAsIamHeading => "Sign in as IAM user", "IAM ユーザーとしてサインイン";
    IamUserName => "IAM user name", "IAM ユーザー名";
    SignInUsingRootEmail => "Sign in using root user email", "ルートユーザーの E メールを使用したサインイン";
    RootEmailOnIamPage => "That is a root user email address, not an IAM user name. To sign in as the root user, choose \"Sign in using root user email\" below.",
        "これはルートユーザーの E メールアドレスで、IAM ユーザー名ではありません。ルートユーザーとしてサインインするには、下の「ルートユーザーの E メールを使用したサインイン」を選択してください。";
    UserNameRequired => "Enter your IAM user name.", "IAM ユーザー名を入力してください。";

    // Sign-up
    SignUpHeading => "Sign up for AWS", "AWS にサインアップ";
    AwsAccountName => "AWS account name", "AWS アカウント名";
    RootUserPassword => "Root user password", "ルートユーザーのパスワード";
    ConfirmRootUserPassword => "Confirm root user password", "ルートユーザーのパスワードを確認";
    CreateAccount => "Create account", "アカウントを作成";
    PasswordRules => "8 to 128 characters, with at least three of: uppercase letters, lowercase letters, numbers, symbols. Not the same as your email address or account name.",
        "8～128 文字で、大文字、小文字、数字、記号のうち 3 種類以上を含めてください。E メールアドレスやアカウント名と同じものは使用できません。";
    SignUpDone => "Your AWS account is ready.", "AWS アカウントの準備ができました。";
    NewAccountId => "Your account ID", "アカウント ID";
    SignInToConsole => "Sign in to the Console", "コンソールにサインイン";
    SignInExisting => "Sign in to an existing AWS account", "既存の AWS アカウントにサインイン";
    ProblemEmailInvalid => "Enter a valid email address.", "有効な E メールアドレスを入力してください。";
    ProblemEmailTaken => "An AWS account already uses this email address in this browser.",
        "この E メールアドレスはこのブラウザの別の AWS アカウントで既に使用されています。";
    ProblemAccountName => "The account name must be 1 to 50 characters.", "アカウント名は 1～50 文字にしてください。";
    ProblemPasswordLength => "The password must be 8 to 128 characters.", "パスワードは 8～128 文字にしてください。";
    ProblemPasswordVariety => "The password must contain at least three of: uppercase letters, lowercase letters, numbers, symbols.",
        "パスワードには大文字、小文字、数字、記号のうち 3 種類以上を含めてください。";
    ProblemPasswordSame => "The password must not be the same as your email address or account name.",
        "パスワードを E メールアドレスやアカウント名と同じにすることはできません。";
    ProblemConfirm => "The passwords do not match.", "パスワードが一致しません。";

    // Console chrome
    MenuAccount => "Account", "アカウント";
    MenuSecurityCredentials => "Security credentials", "セキュリティ認証情報";
    MenuSignOut => "Sign out", "サインアウト";
    NavIam => "IAM", "IAM";
    NavCloudShell => "CloudShell", "CloudShell";
    AccountMenuLabel => "Account menu", "アカウントメニュー";
    ConsoleHomeHeading => "Console Home", "コンソールのホーム";
    ConsoleHomeIntro => "You are signed in. Open Security credentials from the account menu to manage the root user's access keys.",
        "サインインしました。アカウントメニューの「セキュリティ認証情報」からルートユーザーのアクセスキーを管理できます。";
    SignedInAsRoot => "Signed in as the root user", "ルートユーザーとしてサインイン中";

    // Issue #18: flash bars and the account menu
    Dismiss => "Dismiss", "通知を閉じる";
    CopyAccountId => "Copy account ID", "アカウント ID をコピー";
    Copied => "Copied", "コピーしました";

    // Root warning
    RootWarningTitle => "Security credentials", "セキュリティ認証情報";
    RootWarningText => "You are accessing the security credentials page for your AWS account. The account credentials provide unlimited access to your AWS resources.",
        "AWS アカウントのセキュリティ認証情報ページにアクセスしています。アカウントの認証情報は、AWS リソースへの無制限のアクセスを提供します。";
    RootWarningAdvice => "To help secure your account, follow an AWS best practice by creating and using AWS Identity and Access Management (IAM) users with limited permissions.",
        "アカウントを保護するために、AWS のベストプラクティスに従い、権限を制限した AWS Identity and Access Management (IAM) ユーザーを作成して使用してください。";
    DontShowAgain => "Don't show me this message again", "今後このメッセージを表示しない";
    ContinueToSecurityCredentials => "Continue to Security Credentials", "セキュリティ認証情報に進む";
    GetStartedWithIamUsers => "Get Started with IAM Users", "IAM ユーザーの使用を開始";
    RootTasksLink => "Tasks that require root user credentials", "ルートユーザー認証情報が必要なタスク";

    // Security credentials
    SecurityCredentialsHeading => "Security credentials", "セキュリティ認証情報";
    AccountDetails => "Account details", "アカウントの詳細";
    AccountName => "Account name", "アカウント名";
    EmailAddress => "Email address", "E メールアドレス";
    AccountId => "AWS account ID", "AWS アカウント ID";
    AccessKeysSection => "Access keys (access key ID and secret access key)", "アクセスキー (アクセスキー ID とシークレットアクセスキー)";
    MfaSection => "Multi-factor authentication (MFA)", "多要素認証 (MFA)";
    MfaNone => "No MFA devices are assigned to the root user. AWS recommends MFA for the root user.",
        "ルートユーザーに MFA デバイスは割り当てられていません。AWS はルートユーザーの MFA を推奨しています。";
    AccessKeysIntro => "Use access keys to make programmatic calls to AWS from the AWS CLI, Tools for PowerShell, the AWS SDKs, or direct AWS API calls. As a best practice, do not use root user access keys; use IAM users or roles instead.",
        "アクセスキーは、AWS CLI、Tools for PowerShell、AWS SDK、または AWS API の直接呼び出しから AWS にプログラムでアクセスするために使用します。ベストプラクティスとして、ルートユーザーのアクセスキーは使用せず、IAM ユーザーまたはロールを使用してください。";
    CreateNewAccessKey => "Create New Access Key", "新しいアクセスキーの作成";
    KeyLimitReason => "You can have a maximum of two access keys (active or inactive) at a time. To create a new one, delete an existing key first.",
        "アクセスキー (アクティブまたは非アクティブ) は一度に最大 2 つまでです。新しいキーを作成するには、既存のキーを削除してください。";
    NoAccessKeys => "You don't have any root user access keys.", "ルートユーザーのアクセスキーはありません。";
    ColAccessKeyId => "Access key ID", "アクセスキー ID";
    ColCreated => "Created", "作成日";
    ColLastUsed => "Last used", "最終使用日時";
    ColLastUsedRegion => "Last used region", "最終使用リージョン";
    ColLastUsedService => "Last used service", "最終使用サービス";
    ColStatus => "Status", "ステータス";
    ColActions => "Actions", "アクション";
    StatusActive => "Active", "アクティブ";
    StatusInactive => "Inactive", "非アクティブ";
    MakeInactive => "Make Inactive", "非アクティブ化";
    MakeActive => "Make Active", "アクティブ化";
    Delete => "Delete", "削除";
    NotApplicable => "N/A", "N/A";
    KeyMadeInactive => "The access key is now inactive.", "アクセスキーは非アクティブになりました。";
    KeyMadeActive => "The access key is now active.", "アクセスキーはアクティブになりました。";
    KeyDeleted => "The access key was deleted.", "アクセスキーを削除しました。";
    LimitExceededMessage => "Cannot exceed quota for AccessKeysPerUser: 2", "AccessKeysPerUser のクォータ (2) を超えることはできません";
    KeyNotFoundMessage => "The access key cannot be found. It may have been deleted in another tab.",
        "アクセスキーが見つかりません。別のタブで削除された可能性があります。";

    // Create access key dialog
    CreateKeyTitle => "Create Access Key", "アクセスキーの作成";
    CreateKeySuccess => "Your access key (access key ID and secret access key) has been created successfully.",
        "アクセスキー (アクセスキー ID とシークレットアクセスキー) が正常に作成されました。";
    OnlyTimeSecret => "This is the only time that the secret access key can be viewed or downloaded.",
        "シークレットアクセスキーを表示またはダウンロードできるのは今回のみです。";
    CannotRecover => "You cannot recover it later. However, you can create a new access key at any time.",
        "後で復元することはできません。ただし、新しいアクセスキーはいつでも作成できます。";
    ShowAccessKey => "Show Access Key", "アクセスキーを表示";
    HideAccessKey => "Hide Access Key", "アクセスキーを非表示";
    DownloadKeyFile => "Download Key File", "キーファイルのダウンロード";
    Close => "Close", "閉じる";
    AccessKeyIdLabel => "Access Key ID:", "アクセスキー ID:";
    SecretAccessKeyLabel => "Secret Access Key:", "シークレットアクセスキー:";
    SecretNotSavedWarning => "You have not shown or downloaded the secret access key. Once this dialog closes, it cannot be retrieved again.",
        "シークレットアクセスキーをまだ表示またはダウンロードしていません。このダイアログを閉じると、二度と取得できません。";
    DiscardSecret => "Discard the secret", "シークレットを破棄";
    GoBack => "Go back", "戻る";
    KeyCreatedAnnouncement => "Access key created.", "アクセスキーを作成しました。";
    KeyFileDownloaded => "Key file downloaded.", "キーファイルをダウンロードしました。";

    // Delete access key dialog
    DeleteKeyTitle => "Delete Access Key", "アクセスキーの削除";
    DeleteKeyPermanent => "Deleting an access key is permanent and cannot be undone. Applications using it will stop working.",
        "アクセスキーの削除は永久的で、元に戻すことはできません。このキーを使用しているアプリケーションは動作しなくなります。";
    DeleteNeedsInactive => "You must deactivate this access key before you can delete it.",
        "このアクセスキーを削除する前に、非アクティブ化する必要があります。";
    Deactivate => "Deactivate", "非アクティブ化";
    TypeKeyIdToConfirm => "Type the access key ID to confirm", "確認のためアクセスキー ID を入力";
    Cancel => "Cancel", "キャンセル";

    // Console editions (issue #14): the choice, the guided panel's "as of" line, and
    // today's console for access keys. English as the current AWS console and IAM
    // User Guide name them; Japanese from AWS's Japanese IAM User Guide where it
    // names the control (id_root-user_manage_delete-key, access-key-self-managed),
    // otherwise the project's choice (README, "Console editions").
    ConsoleEdition => "Console edition", "コンソールのエディション";
    EditionClassic => "Classic (AWS documentation flow)", "クラシック (AWS ドキュメントの手順)";
    EditionCurrent => "Current console", "現在のコンソール";
    EditionIntro => "Which AWS console the access-key screens follow. Classic is the flow of the AWS documentation this lab's course quotes (Create New Access Key in a dialog). Current console is today's AWS console, which first shows the alternatives to access keys. Both change the same lab; this choice is kept in this browser.",
        "アクセスキーの画面がどの AWS コンソールに従うかを選択します。クラシックは、このラボの教材が引用する AWS ドキュメントの手順 (ダイアログでの「新しいアクセスキーの作成」) です。現在のコンソールは、アクセスキーの前に代替手段を示す現在の AWS コンソールです。どちらも同じラボを変更します。この選択はこのブラウザに保存されます。";
    EditionSaved => "Console edition saved.", "コンソールのエディションを保存しました。";
    AsOfClassic => "Console edition: Classic (AWS documentation flow). Access keys follow the AWS IAM User Guide as archived in 2023 (Create New Access Key); today's console differs: choose Current console on the Lab data page to practise it.",
        "コンソールのエディション: クラシック (AWS ドキュメントの手順)。アクセスキーは 2023 年にアーカイブされた IAM ユーザーガイドの手順 (新しいアクセスキーの作成) に従います。現在のコンソールは異なります。練習するには「ラボのデータ」ページで「現在のコンソール」を選択してください。";
    AsOfCurrent => "Console edition: Current console. Root and IAM user access keys follow the AWS IAM User Guide pages on creating and deleting root user access keys and on managing IAM user access keys (English and Japanese), as of November 2026.",
        "コンソールのエディション: 現在のコンソール。ルートユーザーと IAM ユーザーのアクセスキーは、2026 年 11 月時点の IAM ユーザーガイド (英語と日本語) のルートユーザーのアクセスキーの作成と削除、IAM ユーザーのアクセスキーの管理のページに従います。";
    CurAccessKeys => "Access keys", "アクセスキー";
    CurAccessKeysIntro => "Use access keys to send programmatic calls to AWS from the AWS CLI, AWS Tools for PowerShell, AWS SDKs, or direct AWS API calls. You can have a maximum of two access keys (active or inactive) at a time.",
        "アクセスキーを使用して、AWS CLI、AWS Tools for PowerShell、AWS SDK、または AWS API の直接呼び出しから AWS にプログラムによる呼び出しを送信します。一度に最大 2 つのアクセスキー (アクティブまたは非アクティブ) を持つことができます。";
    CurNoAccessKeys => "No access keys. As a best practice, avoid using long-term credentials like access keys.",
        "アクセスキーがありません。ベストプラクティスとして、アクセスキーなどの長期的な認証情報の使用は避けてください。";
    CreateAccessKey => "Create access key", "アクセスキーを作成";
    ColDescription => "Description", "説明";
    AltRootHeading => "Alternatives to root user access keys", "ルートユーザーのアクセスキーの代替案";
    AltRootText => "Root user access keys are not recommended. Instead, create an IAM user with the permissions needed, or use AWS CloudShell, a browser-based shell that runs the AWS CLI as the user signed in to the console.",
        "ルートユーザーのアクセスキーは推奨されません。代わりに、必要なアクセス許可を持つ IAM ユーザーを作成するか、コンソールにサインインしているユーザーとして AWS CLI を実行するブラウザベースのシェル AWS CloudShell を使用してください。";
    AltRootAck => "I understand creating a root access key is not a best practice, but I still want to create one.",
        "ルートアクセスキーの作成はベストプラクティスではないことを理解した上で、作成します。";
    RetrieveAccessKey => "Retrieve access key", "アクセスキーを取得";
    RetrieveAccessKeys => "Retrieve access keys", "アクセスキーを取得";
    ColAccessKey => "Access key", "アクセスキー";
    ColSecretAccessKey => "Secret access key", "シークレットアクセスキー";
    ShowSecret => "Show", "表示";
    HideSecret => "Hide", "非表示";
    DownloadCsvFile => "Download .csv file", ".csv ファイルをダウンロード";
    DoneButton => "Done", "完了";
    CurSecretNotSaved => "You have not viewed or downloaded the secret access key. Once you leave this page, it cannot be retrieved again.",
        "シークレットアクセスキーをまだ表示またはダウンロードしていません。このページを離れると、二度と取得できません。";
    ActionsMenu => "Actions", "アクション";
    Activate => "Activate", "アクティブ化";
    CurDeleteIntro => "Deleting an access key is permanent. Applications that use it stop working. Deactivate it first: a deactivated key can be activated again if something still needs it.",
        "アクセスキーの削除は永久的です。使用しているアプリケーションは動作しなくなります。先に非アクティブ化してください。まだ必要なものがあれば、非アクティブ化したキーは再びアクティブ化できます。";
    CurTypeKeyId => "To confirm deletion, enter the access key ID in the text input field.", "削除を確認するには、テキスト入力フィールドにアクセスキー ID を入力します。";
    BestPracticesHeading => "Access key best practices & alternatives", "アクセスキーのベストプラクティスと代替案";
    BestPracticesIntro => "Avoid using long-term credentials like access keys to improve your security. Consider the following use cases and alternatives.",
        "セキュリティを向上させるために、アクセスキーなどの長期的な認証情報の使用は避けてください。次のユースケースと代替案を検討してください。";
    UseCase => "Use case", "ユースケース";
    UseCaseCli => "Command Line Interface (CLI)", "コマンドラインインターフェイス (CLI)";
    UseCaseLocalCode => "Local code", "ローカルコード";
    UseCaseAwsCompute => "Application running on an AWS compute service", "AWS コンピューティングサービスで実行されるアプリケーション";
    UseCaseThirdParty => "Third-party service", "サードパーティーサービス";
    UseCaseOutside => "Application running outside AWS", "AWS の外部で実行されるアプリケーション";
    UseCaseOther => "Other", "その他";
    UseCaseAlternative => "Alternative recommended: use AWS CloudShell, a browser-based CLI, or the AWS CLI with temporary credentials from IAM Identity Center.",
        "推奨される代替案: ブラウザベースの CLI である AWS CloudShell、または IAM Identity Center の一時的な認証情報を使用する AWS CLI を使用してください。";
    BestPracticesAck => "I understand the above recommendation and want to proceed to create an access key.",
        "上記のレコメンデーションを理解し、アクセスキーの作成に進みます。";
    DescriptionTagHeading => "Set description tag - optional", "説明タグを設定 - オプション";
    DescriptionTagIntro => "The description for this access key will be attached to this user as a tag and shown alongside the access key.",
        "このアクセスキーの説明は、タグとしてこのユーザーにアタッチされ、アクセスキーとともに表示されます。";
    DescriptionTagValue => "Description tag value", "説明タグ値";
    DescriptionTagHint => "Maximum 256 characters. Allowed characters are letters, numbers, spaces representable in UTF-8, and: _ . : / = + - @",
        "最大 256 文字。使用できる文字は、UTF-8 で表現できる文字、数字、スペース、および _ . : / = + - @ です。";
    DescriptionTooLong => "The description can have up to 256 characters.", "説明は 256 文字以内で入力してください。";
    DescriptionCharacters => "The description may contain only letters, numbers, spaces and: _ . : / = + - @",
        "説明に使用できるのは、文字、数字、スペース、および _ . : / = + - @ のみです。";
    TooManyTags => "This user already has 50 tags, the most IAM allows: the key was created without a description.",
        "このユーザーには IAM の上限である 50 個のタグがすでにあります。キーは説明なしで作成されました。";
    PreviousStep => "Previous", "前へ";

    // Account page
    AccountHeading => "Account", "アカウント";
    ChangePasswordHeading => "Root user password", "ルートユーザーのパスワード";
    CurrentPassword => "Current password", "現在のパスワード";
    NewPassword => "New password", "新しいパスワード";
    ConfirmNewPassword => "Confirm new password", "新しいパスワードの確認";
    ChangePassword => "Change password", "パスワードを変更";
    PasswordChanged => "Your password has been changed.", "パスワードを変更しました。";
    PasswordWorking => "Checking the password securely…", "パスワードを安全に確認しています…";
    CurrentPasswordIncorrect => "The current password is incorrect.", "現在のパスワードが正しくありません。";
    EmailHeading => "Root user email address", "ルートユーザーの E メールアドレス";
    EmailTransferNote => "Changing the root user email address is how ownership of an account is transferred.",
        "ルートユーザーの E メールアドレスの変更は、アカウントの所有権を移管する方法です。";
    NewEmailAddress => "New email address", "新しい E メールアドレス";
    PasswordToConfirmEmail => "Root user password to confirm", "確認用のルートユーザーのパスワード";
    UpdateEmail => "Update email", "E メールを更新";
    EmailUpdated => "The root user email address has been updated.", "ルートユーザーの E メールアドレスを更新しました。";
    EmailChangeTaken => "That email address is already used by an AWS account in this browser.",
        "この E メールアドレスはこのブラウザの AWS アカウントで既に使用されています。";
    PasswordIncorrect => "The password is incorrect.", "パスワードが正しくありません。";
    CloseAccountHeading => "Close account", "アカウントの閉鎖";
    TypeAccountIdToConfirm => "Type the account ID to confirm", "確認のためアカウント ID を入力";
    CloseAccount => "Close account", "アカウントを閉鎖";
    AccountIdMismatch => "The account ID does not match this account.", "アカウント ID がこのアカウントと一致しません。";
    AccountClosed => "The account was closed.", "アカウントを閉鎖しました。";

    // IAM (best practice until IAM users are modelled)
    IamHeading => "Identity and Access Management (IAM)", "Identity and Access Management (IAM)";
    IamBestPractice => "AWS recommends that you use the root user only for the tasks that require it, and create an IAM user with administrative permissions for everyday work. Protect the root user with MFA and do not create root user access keys unless you must.",
        "AWS では、ルートユーザーはそれを必要とするタスクにのみ使用し、日常の作業には管理者権限を持つ IAM ユーザーを作成することを推奨しています。ルートユーザーは MFA で保護し、必要な場合を除きルートユーザーのアクセスキーは作成しないでください。";

    // Tasks that need the root user (AWS IAM User Guide)
    RootTasksHeading => "Tasks that require root user credentials", "ルートユーザー認証情報が必要なタスク";
    RootTasksIntro => "AWS documents these tasks as ones that only the root user can perform:",
        "AWS は、次のタスクをルートユーザーのみが実行できるタスクとして文書化しています。";
    RootTask1 => "Change your account settings: account name, email address, root user password, and root user access keys.",
        "アカウント設定の変更 (アカウント名、E メールアドレス、ルートユーザーのパスワード、ルートユーザーのアクセスキー)。";
    RootTask2 => "Restore IAM user permissions, if the only IAM administrator accidentally revokes their own permissions.",
        "唯一の IAM 管理者が誤って自身の権限を取り消した場合の IAM ユーザー権限の復元。";
    RootTask3 => "Activate IAM access to the Billing and Cost Management console.", "Billing and Cost Management コンソールへの IAM アクセスのアクティブ化。";
    RootTask4 => "View certain tax invoices.", "特定の税金請求書の表示。";
    RootTask5 => "Close your AWS account.", "AWS アカウントの閉鎖。";
    RootTask6 => "Change or cancel your AWS Support plan.", "AWS サポートプランの変更またはキャンセル。";
    RootTask7 => "Register as a seller in the Reserved Instance Marketplace.", "リザーブドインスタンスマーケットプレイスへの出品者としての登録。";
    RootTask8 => "Configure an Amazon S3 bucket to enable MFA (multi-factor authentication) delete.", "Amazon S3 バケットの MFA (多要素認証) Delete の設定。";
    RootTask9 => "Edit or delete an Amazon S3 bucket policy that includes an invalid VPC ID or VPC endpoint ID.",
        "無効な VPC ID または VPC エンドポイント ID を含む Amazon S3 バケットポリシーの編集または削除。";
    RootTask10 => "Sign up for AWS GovCloud (US).", "AWS GovCloud (US) へのサインアップ。";
    BackToSecurityCredentials => "Back to Security credentials", "セキュリティ認証情報に戻る";

    // CloudShell
    CloudShellHeading => "CloudShell", "CloudShell";
    CloudShellIntro => "Run aws commands against this lab; they answer as AWS CLI v2 does. Signed in, calls run as your console identity; aws configure or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY switch to an access key. What you configure here stays in this tab's memory only.",
        "このラボに対して aws コマンドを実行できます。応答は AWS CLI v2 と同じです。サインイン中はコンソールにサインインしている ID としてコマンドが実行され、aws configure または AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY でアクセスキーに切り替えられます。ここで設定した内容はこのタブのメモリにのみ保持されます。";
    CloudShellSignedOut => "You are not signed in: this is a local terminal without session credentials.",
        "サインインしていません。セッション認証情報のないローカルターミナルです。";
    TerminalCommand => "Command", "コマンド";
    TerminalOutput => "Terminal output", "ターミナル出力";
    WhyRefused => "Why was this refused?", "拒否された理由";
    NoteKeyInactive => "The access key is inactive. An inactive key cannot sign requests (AWS's documentation calls this access denied) until it is made active again.",
        "このアクセスキーは非アクティブです。非アクティブなキーは、再びアクティブにするまでリクエストに署名できません (AWS のドキュメントではアクセス拒否と呼ばれます)。";
    NoteKeyUnknownOrDeleted => "AWS does not know this access key ID: it was deleted, or never existed. A deleted key cannot be restored.",
        "AWS はこのアクセスキー ID を認識していません。削除されたか、存在しません。削除されたキーは復元できません。";
    NoteWrongSecret => "The access key ID exists, but the secret access key does not belong to it. Check the secret you configured.",
        "アクセスキー ID は存在しますが、シークレットアクセスキーが一致しません。設定したシークレットを確認してください。";
    NoteNoCredentials => "No credentials were found: sign in to the console (CloudShell then runs as you), or configure an access key with aws configure.",
        "認証情報が見つかりません。コンソールにサインインする (CloudShell はサインインしたユーザーとして実行されます) か、aws configure でアクセスキーを設定してください。";

    // Issue #18: the terminal's first line
    TerminalWelcome => "Welcome to the lab's CloudShell. To start, try: aws sts get-caller-identity",
        "ラボの CloudShell へようこそ。まずは aws sts get-caller-identity を実行してみてください。";

    // MFA: the sign-in step
    MfaHeading => "Multi-factor authentication", "多要素認証";
    MfaStepIntro => "Your account is protected by multi-factor authentication. Enter the code your MFA device shows, or use your passkey or security key.",
        "アカウントは多要素認証で保護されています。MFA デバイスに表示されているコードを入力するか、パスキーまたはセキュリティキーを使用してください。";
    MfaCode => "MFA code", "MFA コード";
    Submit => "Submit", "送信";
    UsePasskey => "Use passkey or security key", "パスキーまたはセキュリティキーを使用";
    LabTokenHeading => "Your lab hardware TOTP token", "ラボのハードウェア TOTP トークン";
    SecondsLeft => "seconds until the next code", "秒後に次のコード";
    MfaCodeNotSixDigits => "Enter the 6-digit code your MFA device shows.", "MFA デバイスに表示されている 6 桁のコードを入力してください。";
    MfaCodeIncorrect => "The MFA code is incorrect. Check the device and try again.", "MFA コードが正しくありません。デバイスを確認して、もう一度お試しください。";
    MfaCodeAlreadyUsed => "This code has already been used to sign in. Wait for the next code.", "このコードはすでにサインインに使用されています。次のコードを待ってください。";
    PasskeyNotVerified => "The passkey or security key could not be verified. Try again.", "パスキーまたはセキュリティキーを検証できませんでした。もう一度お試しください。";
    PasskeyBrowserRefused => "The browser did not complete the passkey request:", "ブラウザがパスキーのリクエストを完了しませんでした:";
    PrincipalGone => "This account or user no longer exists.", "このアカウントまたはユーザーはもう存在しません。";

    // MFA: devices on Security credentials
    MfaNoDevices => "No MFA devices are assigned. AWS recommends MFA for every user with console access, and for the root user above all.",
        "MFA デバイスが割り当てられていません。AWS は、コンソールにアクセスするすべてのユーザー、特にルートユーザーに MFA を推奨しています。";
    AssignMfaDevice => "Assign MFA device", "MFA デバイスの割り当て";
    ColDeviceType => "Device type", "デバイスタイプ";
    ColIdentifier => "Identifier", "識別子";
    ColDeviceName => "Device name", "デバイス名";
    Remove => "Remove", "削除";
    RemoveMfaTitle => "Remove MFA device?", "MFA デバイスを削除しますか?";
    RemoveMfaText => "Once removed, this device no longer protects sign-in. You can assign it again later.",
        "削除すると、このデバイスはサインインを保護しなくなります。後で再度割り当てることができます。";
    MfaRemoved => "MFA device removed.", "MFA デバイスを削除しました。";
    MfaAssigned => "MFA device assigned.", "MFA デバイスを割り当てました。";
    DeviceName => "Device name", "デバイス名";
    DeviceNameHint => "1 to 128 characters: letters, digits and + = , . @ _ -", "1～128 文字: 英字、数字、および + = , . @ _ -";
    MfaDeviceLegend => "MFA device", "MFA デバイス";
    AuthenticatorApp => "Authenticator app", "認証アプリケーション";
    AuthenticatorAppHint => "A code generated by an app on your phone or computer.", "スマートフォンやコンピュータのアプリで生成されるコード。";
    HardwareTotpToken => "Hardware TOTP token", "ハードウェア TOTP トークン";
    HardwareTotpTokenHint => "A code generated by a hardware token (the lab issues one).", "ハードウェアトークンで生成されるコード (ラボが発行します)。";
    PasskeyOrSecurityKey => "Passkey or security key", "パスキーまたはセキュリティキー";
    PasskeyOrSecurityKeyHint => "Sign in with your fingerprint, face, screen lock or a FIDO security key.", "指紋、顔、画面ロック、または FIDO セキュリティキーでサインインします。";
    ShowQrCode => "Show QR code", "QR コードを表示";
    ShowSecretKey => "Show secret key", "シークレットキーを表示";
    AppStep => "Install an authenticator app, add an account by scanning the QR code or typing the secret key, then type two consecutive codes it shows.",
        "認証アプリケーションをインストールし、QR コードをスキャンするかシークレットキーを入力してアカウントを追加してから、表示される連続した 2 つのコードを入力してください。";
    TokenStep => "Type two consecutive codes from the token's display.", "トークンの表示から連続した 2 つのコードを入力してください。";
    PasskeyStep => "Choose Add MFA, then follow your browser's prompt to create a passkey or touch your security key.",
        "「MFA を追加」を選択し、ブラウザの指示に従ってパスキーを作成するか、セキュリティキーにタッチしてください。";
    MfaCode1 => "MFA code 1", "MFA コード 1";
    MfaCode2 => "MFA code 2", "MFA コード 2";
    AddMfa => "Add MFA", "MFA を追加";
    QrCodeAlt => "QR code for the authenticator app", "認証アプリケーション用の QR コード";
    SecretKeyLabel => "Secret key", "シークレットキー";
    ConfirmPasswordForMfa => "Your password (it protects the device's secret)", "パスワード (デバイスのシークレットを保護します)";
    MfaNameInvalid => "Enter 1 to 128 characters: letters, digits and + = , . @ _ -", "1～128 文字の英字、数字、および + = , . @ _ - を入力してください。";
    MfaNameTaken => "A device with this name is already assigned. Choose another name.", "この名前のデバイスはすでに割り当てられています。別の名前を選択してください。";
    MfaLimit => "You can assign up to 8 MFA devices. Remove one first.", "割り当てられる MFA デバイスは 8 個までです。先に 1 つ削除してください。";
    MfaSealStale => "The password was changed since you signed in. Enter your current password.", "サインイン後にパスワードが変更されました。現在のパスワードを入力してください。";
    MfaPasswordWrong => "The password is incorrect.", "パスワードが正しくありません。";
    EnrolNotSixDigits1 => "MFA code 1 must be 6 digits.", "MFA コード 1 は 6 桁で入力してください。";
    EnrolNotSixDigits2 => "MFA code 2 must be 6 digits.", "MFA コード 2 は 6 桁で入力してください。";
    EnrolSameTwice => "The two codes are the same. Wait for the next code and type it in MFA code 2.", "2 つのコードが同じです。次のコードを待って MFA コード 2 に入力してください。";
    EnrolWrongOrder => "The codes are in reverse order: type the earlier code first.", "コードの順序が逆です。先に表示されたコードを先に入力してください。";
    EnrolNotConsecutive => "MFA code 2 is not the code that follows MFA code 1. Type two consecutive codes.", "MFA コード 2 が MFA コード 1 の次のコードではありません。連続した 2 つのコードを入力してください。";
    EnrolTooOld => "These codes are too old. Type the two most recent codes.", "コードが古すぎます。最新の 2 つのコードを入力してください。";
    EnrolClockAhead => "These codes are from the future: the device's clock is ahead. Check its time settings.", "コードが将来のものです。デバイスの時計が進んでいます。時刻設定を確認してください。";
    EnrolNotRecognised => "These codes do not belong to this device's secret. Check that you read the right entry in your app.", "コードがこのデバイスのシークレットと一致しません。アプリで正しいエントリを読み取ったか確認してください。";
    SerialTaken => "This hardware token is already assigned to another user.", "このハードウェアトークンはすでに別のユーザーに割り当てられています。";
    CredentialTaken => "This passkey or security key is already assigned.", "このパスキーまたはセキュリティキーはすでに割り当てられています。";
    PasskeyUnsupported => "This authenticator's key type is not supported. Use a passkey or security key that supports ES256.", "この認証システムのキータイプはサポートされていません。ES256 に対応したパスキーまたはセキュリティキーを使用してください。";

    // Issue #18: the device name's refused character, named beside the field
    MfaNameBadChar => "This character is not allowed:", "使用できない文字:";
    SpaceCharacter => "a space", "スペース";

    // Guided training panel
    GuidedTasks => "Guided tasks", "ガイド付きタスク";
    TasksDone => "done", "完了";
    TaskDone => "Done", "完了";
    TaskNotDone => "Not done yet", "未完了";
    NextStep => "Next step", "次のステップ";
    GoThere => "Go there", "移動する";
    AllTasksDone => "All tasks are done. Reset the lab or load a scenario to practise again.", "すべてのタスクが完了しました。もう一度練習するには、ラボをリセットするかシナリオを読み込んでください。";
    ResetOrLoadScenario => "Reset the lab or load a scenario", "ラボのリセットまたはシナリオの読み込み";
    TaskCreateAccount => "Create an AWS account", "AWS アカウントを作成する";
    HintCreateAccount => "Sign up with a root user email address, an account name and a password.", "ルートユーザーの E メールアドレス、アカウント名、パスワードでサインアップします。";
    TaskSignInAsRoot => "Sign in as the root user", "ルートユーザーとしてサインインする";
    HintSignInAsRoot => "Choose Root user on the sign-in page, then enter the email address and the password.", "サインインページで「ルートユーザー」を選択し、E メールアドレスとパスワードを入力します。";
    TaskOpenSecurityCredentials => "Open Security credentials through the warning", "警告を確認してセキュリティ認証情報を開く";
    HintOpenSecurityCredentials => "Account menu, Security credentials, then Continue to Security Credentials.", "アカウントメニューの「セキュリティ認証情報」から「セキュリティ認証情報に進む」を選択します。";
    TaskCreateAccessKey => "Create a root access key and save its secret", "ルートアクセスキーを作成してシークレットを保存する";
    HintCreateAccessKey => "Create New Access Key, then Show Access Key or Download Key File (rootkey.csv). The secret is shown only once.", "「新しいアクセスキーの作成」の後、「アクセスキーを表示」または「キーファイルのダウンロード」(rootkey.csv) を選択します。シークレットは一度しか表示されません。";
    TaskUseKeyInCloudShell => "See the key work in CloudShell", "CloudShell でキーが使えることを確認する";
    HintUseKeyInCloudShell => "Set the key with aws configure, then run aws sts get-caller-identity.", "aws configure でキーを設定し、aws sts get-caller-identity を実行します。";
    TaskDeactivateKey => "Make the key inactive and see it refused", "キーを非アクティブにして拒否されることを確認する";
    HintDeactivateKey => "Make Inactive, then run the same command in CloudShell: it fails with InvalidClientTokenId.", "「非アクティブ化」の後、CloudShell で同じコマンドを実行すると InvalidClientTokenId で失敗します。";
    TaskDeleteAccessKey => "Delete the key", "キーを削除する";
    HintDeleteAccessKey => "Delete needs an inactive key and its ID typed to confirm. Deletion cannot be undone.", "削除にはキーを非アクティブにし、確認のため ID を入力する必要があります。削除は元に戻せません。";
    TaskEnableRootMfa => "Enable MFA for the root user", "ルートユーザーの MFA を有効にする";
    HintEnableRootMfa => "Multi-factor authentication (MFA), then Assign MFA device.", "「多要素認証 (MFA)」の「MFA デバイスの割り当て」を選択します。";
    TaskChangeRootPassword => "Change the root password", "ルートユーザーのパスワードを変更する";
    HintChangeRootPassword => "Account menu, Account, then Change password.", "アカウントメニューの「アカウント」で「パスワードを変更」を選択します。";
    TaskCreateIamAdmin => "Create the first IAM admin user", "最初の IAM 管理者ユーザーを作成する";
    HintCreateIamAdmin => "IAM, Create user, with console access and Add to group Administrators (AdministratorAccess).", "IAM の「ユーザーを作成」で、コンソールアクセスと「グループ Administrators (AdministratorAccess) に追加」を選択します。";
    TaskSignInAsIamUser => "Sign in as that user on the three-box page", "IAM ユーザーのサインインページ (3 つの入力欄) でそのユーザーとしてサインインする";
    HintSignInAsIamUser => "Sign out, choose IAM user, then enter the account ID or alias, the user name and the password.", "サインアウトして「IAM ユーザー」を選択し、アカウント ID またはエイリアス、ユーザー名、パスワードを入力します。";
    ScenarioLoaded => "Scenario loaded:", "シナリオを読み込みました:";
    ScenarioRefused => "The scenario was not loaded, and nothing was changed:", "シナリオは読み込まれず、何も変更されていません:";
    LoadScenarioFile => "Load scenario file", "シナリオファイルを読み込む";
    ScenarioHeading => "Scenarios", "シナリオ";
    ScenarioIntro => "A scenario replaces this lab with a prepared starting point. Built-in ones load from the address, for example ?scenario=two-keys.",
        "シナリオは、このラボを用意された開始状態に置き換えます。組み込みのシナリオはアドレスから読み込めます (例: ?scenario=two-keys)。";

    // Guided panel that teaches (issue 18): the MFA sign-in task, the side panel,
    // where to click, why a task did not tick, the recap
    TaskSignInWithMfa => "Sign in with MFA", "MFA を使用してサインインする";
    HintSignInWithMfa => "Sign out, then sign in as the root user again: after the password, enter the code from your MFA device (or use your passkey).",
        "サインアウトしてから、ルートユーザーとしてもう一度サインインします。パスワードの後に MFA デバイスのコードを入力します (またはパスキーを使用します)。";
    GroupSecureRoot => "Secure the root user", "ルートユーザーを保護する";
    HowTo => "How", "手順";
    CloseGuidedTasks => "Close guided tasks", "ガイド付きタスクを閉じる";
    ShowMeWhere => "Show me where", "場所を示す";
    PointAccountMenu => "Open the account menu (your account name at the top right), then choose", "アカウントメニュー (右上のアカウント名) を開き、次を選択します:";
    PointSignInFirst => "Sign in first: this task is done in the console.", "まずサインインしてください。このタスクはコンソールで行います。";
    WhyNotTicked => "Not ticked yet:", "まだ完了になっていない理由:";
    WhyNeedsRootUser => "You are signed in as an IAM user. This task is about the root user: sign out and sign in as the root user.",
        "IAM ユーザーとしてサインインしています。このタスクはルートユーザーに関するものです。サインアウトしてルートユーザーとしてサインインしてください。";
    WhyKeyLimitReached => "The root user already has two access keys (inactive ones count). A third is refused: make one inactive, delete it, then create a new one.",
        "ルートユーザーにはすでに 2 つのアクセスキーがあります (非アクティブなキーも数えます)。3 つ目は作成できません。1 つを非アクティブにして削除してから、新しいキーを作成してください。";
    WhySecretNotSaved => "A root key exists whose secret was never shown or downloaded, so it cannot count. Create a key and choose Show Access Key or Download Key File before closing.",
        "シークレットが表示もダウンロードもされていないルートキーがあるため、完了にできません。キーを作成し、閉じる前に「アクセスキーを表示」または「キーファイルのダウンロード」を選択してください。";
    WhyConsoleCredentialsUsed => "The last CloudShell command ran with your console sign-in, not with the key (a reloaded CloudShell forgets aws configure). Set the key again with aws configure, or put AWS_ACCESS_KEY_ID=... AWS_SECRET_ACCESS_KEY=... before the command.",
        "直前の CloudShell のコマンドは、キーではなくコンソールのサインイン情報で実行されました (CloudShell を再読み込みすると aws configure の設定は失われます)。aws configure でキーを設定し直すか、コマンドの前に AWS_ACCESS_KEY_ID=... AWS_SECRET_ACCESS_KEY=... を付けてください。";
    WhyInactiveKeyNotTried => "The key is inactive. Now run a command with it in CloudShell to see it refused.",
        "キーは非アクティブです。CloudShell でそのキーを使ってコマンドを実行し、拒否されることを確認してください。";
    WhyKeyStillActive => "Your key is still active: the console deletes only an inactive key. Make it inactive first.",
        "キーはまだアクティブです。コンソールで削除できるのは非アクティブなキーだけです。先に非アクティブにしてください。";
    WhyUserPrefix => "User", "ユーザー";
    WhyUserWithoutAdministrators => "was created without the Administrators group (AdministratorAccess). Add it to that group, or create a user with Add to group Administrators (AdministratorAccess) checked.",
        "は Administrators グループ (AdministratorAccess) なしで作成されました。そのグループに追加するか、「グループ Administrators (AdministratorAccess) に追加」を選択してユーザーを作成してください。";
    WhyAdminWithoutConsolePassword => "has no console password, so it cannot sign in. Create an administrator with Provide user access to the AWS Management Console checked.",
        "にはコンソールパスワードがないため、サインインできません。「AWS マネジメントコンソールへのユーザーアクセスを提供する」を選択して管理者を作成してください。";
    WhyNoRootMfaDevice => "The root user has no MFA device yet: assign one first.", "ルートユーザーにはまだ MFA デバイスがありません。先に割り当ててください。";
    WhySignOutFirst => "You are signed in now: sign out from the account menu, then sign in again.", "現在サインインしています。アカウントメニューからサインアウトし、もう一度サインインしてください。";
    RecapHeading => "What you set up", "設定した内容";
    RecapRootMfa => "The root user has MFA.", "ルートユーザーに MFA が設定されています。";
    RecapNoRootMfa => "The root user has no MFA device any more: assign one again.", "ルートユーザーの MFA デバイスがなくなっています。もう一度割り当ててください。";
    RecapNoRootKeys => "No root access keys remain.", "ルートユーザーのアクセスキーは残っていません。";
    RecapRootKeysRemain => "Root access keys remain: delete them, and use an IAM user's keys instead.", "ルートユーザーのアクセスキーが残っています。削除して、代わりに IAM ユーザーのキーを使用してください。";
    RecapAdmin => "An administrator exists:", "管理者ユーザーがいます:";
    RecapNoAdmin => "No IAM administrator exists any more: create one again.", "IAM 管理者ユーザーがいなくなっています。もう一度作成してください。";
    RecapUseAdmin => "From now on, sign in as the administrator for everyday work, and keep the root user for the few tasks that need it.",
        "今後は日常の作業に管理者ユーザーでサインインし、ルートユーザーはそれが必要な一部のタスクのためだけに使用してください。";
    ConsoleHomeIntroIamUser => "You are signed in as an IAM user. Open Security credentials from the account menu to manage your own password, access keys and MFA.",
        "IAM ユーザーとしてサインインしました。アカウントメニューの「セキュリティ認証情報」から、自分のパスワード、アクセスキー、MFA を管理できます。";

    // Built-in scenarios (issue 18): a one-line summary for Lab data, and the
    // description the notice shows, in both languages
    ScenarioFreshSummary => "An empty lab: start from creating an AWS account.", "空のラボ: AWS アカウントの作成から始めます。";
    ScenarioFreshDescription => "An empty lab: start by creating an AWS account.", "空のラボです。AWS アカウントの作成から始めてください。";
    ScenarioTwoKeysSummary => "The root user already has two access keys: a third is refused.", "ルートユーザーにすでに 2 つのアクセスキーがあり、3 つ目は作成できません。";
    ScenarioTwoKeysDescription => "One account whose root user already has two access keys, one of them inactive. Sign in with learner@example.com / Lab-Password-1.",
        "ルートユーザーがすでに 2 つのアクセスキー (うち 1 つは非アクティブ) を持つアカウントです。learner@example.com / Lab-Password-1 でサインインしてください。";
    ScenarioMfaEnabledSummary => "The root user has an authenticator app: sign-in asks for a code.", "ルートユーザーに認証アプリが設定されており、サインイン時にコードを求められます。";
    ScenarioMfaEnabledDescription => "The root user already has an authenticator app (my-phone). Sign in with learner@example.com / Lab-Password-1, then the code for the secret key OJXW 65DL MV4S 23DB MIQH I4TB NFXG S3TH EBZW KZLE HIQG 433U EBQS A43F MNZG K5BB.",
        "ルートユーザーにはすでに認証アプリ (my-phone) が設定されています。learner@example.com / Lab-Password-1 でサインインし、シークレットキー OJXW 65DL MV4S 23DB MIQH I4TB NFXG S3TH EBZW KZLE HIQG 433U EBQS A43F MNZG K5BB のコードを入力してください。";
    ScenarioIamUserRememberedSummary => "The sign-in page opens the IAM user page (three boxes) of an account with an admin user.", "サインインページが、管理者ユーザーのいるアカウントの IAM ユーザーのサインインページ (3 つの入力欄) を開きます。";
    ScenarioIamUserRememberedDescription => "The sign-in page remembers this account's IAM user page (alias my-training-lab). Sign in there as the IAM user admin / Admin-Password-1, or as root with learner@example.com / Lab-Password-1.",
        "サインインページはこのアカウントの IAM ユーザーのページ (エイリアス my-training-lab) を記憶しています。そこで IAM ユーザー admin / Admin-Password-1 としてサインインするか、learner@example.com / Lab-Password-1 でルートユーザーとしてサインインしてください。";
    ScenarioReadyToDeleteSummary => "Signed in as root with one inactive access key, ready to delete.", "ルートユーザーとしてサインイン済みで、削除できる非アクティブなアクセスキーが 1 つあります。";
    ScenarioReadyToDeleteDescription => "Signed in as root with one inactive access key, ready to delete. Password: Lab-Password-1.",
        "ルートユーザーとしてサインイン済みで、削除できる非アクティブなアクセスキーが 1 つあります。パスワード: Lab-Password-1。";
    ScenarioLeakedRootKeySummary => "A root access key created and used three days ago from an unfamiliar address, to investigate and remove.",
        "3 日前に見覚えのないアドレスから作成され使用されたルートユーザーのアクセスキー。調査して削除します。";
    ScenarioLeakedRootKeyDescription => "A root access key was created and used three days ago from an unfamiliar address (203.0.113.77). Find it in CloudTrail Event history, then deactivate and delete it. Sign in with learner@example.com / Lab-Password-1.",
        "3 日前、見覚えのないアドレス (203.0.113.77) からルートユーザーのアクセスキーが作成され、使用されました。CloudTrail のイベント履歴で確認し、無効化して削除してください。learner@example.com / Lab-Password-1 でサインインします。";
    ScenarioUnknownName => "There is no built-in scenario named \"{name}\". Built-in scenarios: {list}.", "\"{name}\" という名前の組み込みシナリオはありません。組み込みシナリオ: {list}。";
    ScenarioWrongFormat => "The file is not a rootkey-lab scenario: it needs \"format\": \"rootkey-lab-scenario\".", "このファイルは rootkey-lab のシナリオではありません。\"format\": \"rootkey-lab-scenario\" が必要です。";
    ScenarioNewerVersion => "The scenario is format version {found}, but this version of rootkey-lab reads version {supported} at most. Update the app to load it.",
        "このシナリオの形式はバージョン {found} ですが、このバージョンの rootkey-lab が読み込めるのはバージョン {supported} までです。読み込むにはアプリを更新してください。";

    // Lab data (export, import, reset)
    LabDataLink => "Lab data", "ラボのデータ";
    LabDataHeading => "Lab data", "ラボのデータ";
    LabDataIntro => "Everything this lab holds lives in this browser. Passwords and secret access keys are stored only as salted hashes, so an export holds none of them in plaintext.",
        "このラボのすべてのデータはこのブラウザ内にあります。パスワードとシークレットアクセスキーはソルト付きハッシュとしてのみ保存されるため、エクスポートにも平文では含まれません。";
    ExportLab => "Export lab", "ラボをエクスポート";
    ImportLabFile => "Import lab file", "ラボのファイルをインポート";
    ImportDone => "The lab was imported. Sign in to continue.", "ラボをインポートしました。続けるにはサインインしてください。";
    ImportNotLab => "That file is not a rootkey-lab export. Nothing was changed.", "このファイルは rootkey-lab のエクスポートではありません。何も変更されていません。";
    ImportNewer => "That file was exported by a newer version of rootkey-lab. Nothing was changed.", "このファイルは新しいバージョンの rootkey-lab でエクスポートされています。何も変更されていません。";
    ImportUnreadable => "The file could not be read. Nothing was changed.", "ファイルを読み込めませんでした。何も変更されていません。";
    ResetLab => "Reset lab", "ラボをリセット";
    ResetLabWarning => "Resetting removes every account, access key and setting of this lab from this browser, then starts over. Other sites' data is not touched.",
        "リセットすると、このラボのすべてのアカウント、アクセスキー、設定がこのブラウザから削除され、最初からやり直します。他のサイトのデータには影響しません。";
    LabReset => "The lab was reset.", "ラボをリセットしました。";

    // IAM users in the console (the IAM page, Create user, a user's page, and
    // what an IAM user's console shows or refuses)
    IamAccountSection => "AWS Account", "AWS アカウント";
    AccountAlias => "Account alias", "アカウントエイリアス";
    SaveAlias => "Save alias", "エイリアスを保存";
    DeleteAlias => "Delete alias", "エイリアスを削除";
    AliasHint => "3 to 63 lowercase letters, digits and hyphens. It replaces the account ID in the sign-in URL for IAM users.",
        "小文字、数字、ハイフンで 3～63 文字。IAM ユーザーのサインイン URL でアカウント ID の代わりに使われます。";
    AliasSaved => "The account alias was saved.", "アカウントエイリアスを保存しました。";
    AliasDeleted => "The account alias was deleted.", "アカウントエイリアスを削除しました。";
    SignInUrlForIamUsers => "Sign-in URL for IAM users in this account", "このアカウントの IAM ユーザーのサインイン URL";
    AliasProblemLength => "The account alias must be 3 to 63 characters.", "アカウントエイリアスは 3～63 文字にしてください。";
    AliasProblemCharacters => "The account alias can contain only lowercase letters, digits and hyphens.",
        "アカウントエイリアスには小文字、数字、ハイフンのみ使用できます。";
    AliasProblemHyphenAtEnd => "The account alias cannot start or end with a hyphen.",
        "アカウントエイリアスの先頭または末尾にハイフンは使用できません。";
    AliasProblemDoubleHyphen => "The account alias cannot contain two hyphens in a row.",
        "アカウントエイリアスにハイフンを 2 つ続けて使用することはできません。";
    AliasProblemTwelveDigits => "The account alias cannot be a 12-digit number: it would read as an account ID.",
        "アカウントエイリアスを 12 桁の数字にすることはできません。アカウント ID と区別できなくなります。";
    AliasProblemTaken => "That account alias is already used by another AWS account in this browser.",
        "このアカウントエイリアスはこのブラウザの別の AWS アカウントで既に使用されています。";
    UsersHeading => "Users", "ユーザー";
    CreateUser => "Create user", "ユーザーを作成";
    UserName => "User name", "ユーザー名";
    ColGroups => "Groups", "グループ";
    ColConsoleAccess => "Console access", "コンソールアクセス";
    ColAccessKeys => "Access keys", "アクセスキー";
    ConsoleAccessEnabled => "Enabled", "有効";
    ConsoleAccessDisabled => "Disabled", "無効";
    NoUsers => "No users yet. Create an IAM user with administrator permissions for everyday work.",
        "ユーザーはまだいません。日常の作業用に、管理者権限を持つ IAM ユーザーを作成してください。";
    NoneText => "None", "なし";
    SpecifyUserDetails => "Specify user details", "ユーザーの詳細を指定";
    UserNameHint => "Up to 64 characters: letters, digits and + = , . @ _ - (not case-sensitive).",
        "最大 64 文字。英数字と + = , . @ _ - を使用できます (大文字と小文字は区別されません)。";
    ProvideConsoleAccess => "Provide user access to the AWS Management Console", "AWS マネジメントコンソールへのユーザーアクセスを提供する";
    ConsolePassword => "Console password", "コンソールパスワード";
    SetPermissions => "Set permissions", "許可を設定";
    AddToAdministrators => "Add to group Administrators (AdministratorAccess)", "グループ Administrators (AdministratorAccess) に追加";
    AdministratorsHint => "Members of Administrators get the AWS managed policy AdministratorAccess: full access to AWS services and resources. The group is created the first time it is used.",
        "Administrators のメンバーには AWS 管理ポリシー AdministratorAccess (AWS のサービスとリソースへのフルアクセス) が付与されます。グループは初めて使用するときに作成されます。";
    ProblemUserNameLength => "The user name must be 1 to 64 characters.", "ユーザー名は 1～64 文字にしてください。";
    ProblemUserNameCharacters => "The user name can contain only letters, digits and + = , . @ _ -",
        "ユーザー名には英数字と + = , . @ _ - のみ使用できます。";
    ProblemUserNameTaken => "A user with that name already exists in this account (names are not case-sensitive).",
        "その名前のユーザーはこのアカウントに既に存在します (名前の大文字と小文字は区別されません)。";
    UserCreated => "User created successfully.", "ユーザーを作成しました。";
    RetrievePassword => "Retrieve password", "パスワードを取得";
    RetrievePasswordNote => "Give the user these sign-in details. The console password is the one you entered: the console does not show it again.",
        "これらのサインイン情報をユーザーに伝えてください。コンソールパスワードは入力したものです。コンソールに再び表示されることはありません。";
    NoConsolePasswordNote => "This user has no console password, so it cannot sign in to the console. It can still use access keys.",
        "このユーザーにはコンソールパスワードがないため、コンソールにサインインできません。アクセスキーは使用できます。";
    ConsoleSignInUrl => "Console sign-in URL", "コンソールサインイン URL";
    ViewUser => "View user", "ユーザーを表示";
    ReturnToUsers => "Return to users list", "ユーザーリストに戻る";
    SummaryHeading => "Summary", "概要";
    Arn => "ARN", "ARN";
    NotInGroups => "This user is not in any group.", "このユーザーはどのグループにも属していません。";
    AddToAdministratorsButton => "Add to Administrators", "Administrators に追加";
    RemoveFromAdministrators => "Remove from Administrators", "Administrators から削除";
    AddedToAdministrators => "The user was added to Administrators.", "ユーザーを Administrators に追加しました。";
    RemovedFromAdministrators => "The user was removed from Administrators.", "ユーザーを Administrators から削除しました。";
    SetConsolePassword => "Set console password", "コンソールパスワードを設定";
    DisableConsoleAccess => "Disable console access", "コンソールアクセスを無効化";
    Apply => "Apply", "適用";
    Disable => "Disable", "無効化";
    ConsolePasswordSet => "The console password was set.", "コンソールパスワードを設定しました。";
    ConsoleAccessRemoved => "Console access was disabled.", "コンソールアクセスを無効化しました。";
    UserAccessKeysIntro => "Use access keys to send programmatic calls to AWS from the AWS CLI, Tools for PowerShell, the AWS SDKs, or direct AWS API calls. You can have a maximum of two access keys (active or inactive) at a time.",
        "アクセスキーは、AWS CLI、Tools for PowerShell、AWS SDK、または AWS API の直接呼び出しで、AWS にプログラムでリクエストを送信するために使用します。アクセスキー (アクティブまたは非アクティブ) は一度に最大 2 つまでです。";
    NoUserAccessKeys => "No access keys.", "アクセスキーはありません。";
    DeleteUser => "Delete user", "ユーザーを削除";
    DeleteUserWarning => "Deleting the user also deletes its access keys, console password, MFA devices and group memberships, and ends its console session. This cannot be undone.",
        "ユーザーを削除すると、そのアクセスキー、コンソールパスワード、MFA デバイス、グループメンバーシップも削除され、コンソールセッションも終了します。元に戻すことはできません。";

    // Issue #14: Lab notes (where the lab departs from AWS, said as the lab's own)
    // and AWS's rules in place of the lab's (alias, MFA names, closing, Create user)
    LabNote => "Lab note", "ラボの注記";
    LabNoteAdminPasswordRemovesTotp => "AWS keeps a user's MFA devices when an administrator sets or removes the console password. This lab does not: it seals each authenticator app's and hardware token's secret under the user's own password, which an administrator never knows, so setting or removing it removes those devices. The user assigns them again after signing in. Passkeys and security keys stay.",
        "AWS では、管理者がコンソールパスワードを設定または削除しても、ユーザーの MFA デバイスはそのまま残ります。このラボでは異なります。認証アプリケーションとハードウェアトークンのシークレットを、管理者が知ることのないユーザー自身のパスワードで保護しているため、パスワードを設定または削除するとそれらのデバイスは削除されます。ユーザーはサインイン後に再度割り当てます。パスキーとセキュリティキーは残ります。";
    LabNoteMfaPassword => "AWS does not ask for your password here. This lab seals the device's secret under your password, and after a reload of the page it needs the password again to do so.",
        "AWS はここでパスワードを求めません。このラボはデバイスのシークレットをパスワードで保護するため、ページを再読み込みした後はそのためにパスワードが再度必要です。";
    LabNoteUsersAssignOwnMfa => "On AWS an administrator can also assign a virtual MFA device for a user. In this lab only the user does, on their own Security credentials page, because the device's secret is sealed under their password.",
        "AWS では管理者もユーザーの仮想 MFA デバイスを割り当てることができます。このラボでは、デバイスのシークレットをユーザーのパスワードで保護するため、ユーザー本人が自分のセキュリティ認証情報ページで割り当てます。";
    LabNoteHardwareToken => "AWS sends no token: you buy one. The lab hands you this simulated token instead of a physical fob: read its display as you would the fob's.",
        "AWS はトークンを貸し出しません (ご自身で購入します)。ラボは物理的なトークンの代わりにこの模擬トークンを発行します。実物と同じように表示を読み取ってください。";
    LabNoteSignInUrl => "This is a simulator: the sign-in URL above does not open anything. In the lab, IAM users sign in on the \"Sign in as IAM user\" page with the account ID or alias.",
        "これはシミュレーターです。上記のサインイン URL は開けません。ラボでは、IAM ユーザーは「IAM ユーザーとしてサインイン」ページでアカウント ID またはエイリアスを使用してサインインします。";
    LabNoteAliasUnique => "Account aliases are unique across AWS; the lab can check only the accounts in this browser.",
        "アカウントエイリアスは AWS 全体で一意です。ラボではこのブラウザ内のアカウントのみを確認できます。";
    LabNoteClosedAccountRemoved => "AWS closes the account for good after the 90-day post-closure period and never lets its email address be used again. This lab then removes the account from this browser, and its email address can be used for a new lab account.",
        "AWS は 90 日間の閉鎖後期間が過ぎるとアカウントを完全に閉鎖し、その E メールアドレスは二度と使用できません。このラボでは、その時点でアカウントをこのブラウザから削除し、その E メールアドレスを新しいラボのアカウントに使用できるようになります。";
    ProblemEmailOfClosedAccount => "This email address belongs to a closed AWS account. You can't use the email address of a closed account for another AWS account; within 90 days of closing, sign in with it to reopen that account.",
        "この E メールアドレスは閉鎖された AWS アカウントのものです。閉鎖したアカウントの E メールアドレスを別の AWS アカウントに使用することはできません。閉鎖から 90 日以内であれば、このアドレスでサインインしてアカウントを再開できます。";
    AccountClosedHeading => "This AWS account is closed", "この AWS アカウントは閉鎖されています";
    AccountClosedText => "You can reopen a closed account within 90 days from the day you closed it (the post-closure period). After that, AWS closes it permanently.",
        "閉鎖したアカウントは、閉鎖した日から 90 日以内 (閉鎖後期間) であれば再開できます。その後、AWS はアカウントを完全に閉鎖します。";
    ReopenableUntil => "Can be reopened until", "再開できる期限";
    ReopenAccount => "Reopen account", "アカウントを再開";
    LabNoteReopen => "On AWS you reopen a closed account by signing in as its root user and opening a case with AWS Support (Account and billing). The lab reopens it at once.",
        "AWS では、ルートユーザーとしてサインインし、AWS サポートにケース (アカウントと請求) を作成してアカウントを再開します。このラボではすぐに再開します。";
    CloseAccountPostClosure => "Closing signs you out. The account is kept for 90 days (the post-closure period): within them you can sign in as its root user to reopen it, and its email address can't be used for another AWS account.",
        "閉鎖するとサインアウトします。アカウントは 90 日間 (閉鎖後期間) 保持されます。その間はルートユーザーとしてサインインしてアカウントを再開でき、その E メールアドレスを別の AWS アカウントに使用することはできません。";
    ConsolePasswordKind => "Console password", "コンソールパスワード";
    AutogeneratedPassword => "Autogenerated password", "自動生成されたパスワード";
    AutogeneratedPasswordHint => "You can view the password after you create the user.", "ユーザーを作成した後にパスワードを表示できます。";
    CustomPassword => "Custom password", "カスタムパスワード";
    RequireNewPassword => "Users must create a new password at next sign-in", "ユーザーは次回のサインイン時に新しいパスワードを作成する必要があります";
    RequireNewPasswordHint => "Users automatically get the IAMUserChangePassword policy to allow them to change their own password.",
        "ユーザーには、自分のパスワードを変更できるように IAMUserChangePassword ポリシーが自動的に付与されます。";
    GeneratedPasswordNote => "This is the only time the autogenerated password can be viewed or downloaded. Give it to the user with the console sign-in URL.",
        "自動生成されたパスワードを表示またはダウンロードできるのは今回のみです。コンソールサインイン URL とともにユーザーに渡してください。";
    ShowPassword => "Show password", "パスワードを表示";
    HidePassword => "Hide password", "パスワードを非表示";
    MustChangeAtSignIn => "The user must create a new password at first sign-in.", "ユーザーは最初のサインイン時に新しいパスワードを作成する必要があります。";
    ForcedChangeHeading => "Change password", "パスワードの変更";
    ForcedChangeText => "You must change your password to continue.", "続行するにはパスワードを変更する必要があります。";
    AwsAccount => "AWS account", "AWS アカウント";
    OldPassword => "Old password", "古いパスワード";
    RetypeNewPassword => "Retype new password", "新しいパスワードを再入力";
    ConfirmPasswordChange => "Confirm password change", "パスワードの変更を確認";
    MfaDeviceExists => "EntityAlreadyExists: MFADevice entity at the same path and name already exists. Virtual MFA device names are unique in the AWS account: choose another name.",
        "EntityAlreadyExists: MFADevice entity at the same path and name already exists. 仮想 MFA デバイスの名前は AWS アカウント内で一意です。別の名前を選択してください。";
    TypeUserNameToConfirm => "Type the user name to confirm", "確認のためユーザー名を入力";
    UserDeleted => "The user was deleted.", "ユーザーを削除しました。";
    UserNotFound => "This user cannot be found. It may have been deleted in another tab.",
        "このユーザーが見つかりません。別のタブで削除された可能性があります。";
    AccessDenied => "Access denied", "アクセス拒否";
    NotAuthorizedListUsers => "You don't have permission to iam:ListUsers. No identity-based policy of yours allows this action. Ask your administrator to add permissions (for example, membership of Administrators).",
        "iam:ListUsers を実行する権限がありません。このアクションを許可するアイデンティティベースのポリシーがありません。管理者に権限の追加 (例: Administrators へのメンバー追加) を依頼してください。";
    NotAuthorizedAccessKeys => "You don't have permission to iam:ListAccessKeys. No identity-based policy of yours allows this action. Ask your administrator to add permissions.",
        "iam:ListAccessKeys を実行する権限がありません。このアクションを許可するアイデンティティベースのポリシーがありません。管理者に権限の追加を依頼してください。";
    RootUserOnlyText => "Only the root user can do this. You are signed in as an IAM user: whatever its permissions, these settings need the root user's credentials.",
        "これはルートユーザーのみが実行できます。IAM ユーザーとしてサインインしています。権限にかかわらず、これらの設定にはルートユーザーの認証情報が必要です。";
    SignedInAsIamUser => "Signed in as IAM user", "IAM ユーザーとしてサインイン中";
    DeniedUser => "User", "ユーザー";
    PermissionsPolicies => "Permissions policies", "許可ポリシー";

    // Auditing the root user (issue #16): the IAM dashboard's security
    // recommendations and resource counts, and the credential report page.
    // English from the current IAM console; Japanese from AWS's Japanese docs
    // where they name it, the project's choice otherwise (README).
    SecurityRecommendations => "Security recommendations", "セキュリティに関する推奨事項";
    RecAddRootMfa => "Add MFA for root user", "ルートユーザーの MFA を追加する";
    RecAddRootMfaText => "Enable multi-factor authentication (MFA) for the root user to improve security for this account.",
        "ルートユーザーの多要素認証 (MFA) を有効にして、このアカウントのセキュリティを強化します。";
    RecAddMfaLink => "Add MFA", "MFA を追加";
    RecRootMfaDone => "Root user has MFA", "ルートユーザーには MFA があります";
    RecRootMfaDoneText => "Having multi-factor authentication (MFA) for the root user improves security for this account.",
        "ルートユーザーに多要素認証 (MFA) を設定すると、このアカウントのセキュリティが向上します。";
    RecRootKeys => "Deactivate or delete access keys for root user", "ルートユーザーのアクセスキーを無効化または削除する";
    RecRootKeysText => "The root user has an active access key. Using access keys attached to an IAM user instead of the root user improves security.",
        "ルートユーザーにアクティブなアクセスキーがあります。ルートユーザーではなく IAM ユーザーにアタッチされたアクセスキーを使用すると、セキュリティが向上します。";
    RecManageKeysLink => "Manage access keys", "アクセスキーを管理";
    RecRootKeysDone => "Root user has no active access keys", "ルートユーザーにはアクティブなアクセスキーがありません";
    RecRootKeysDoneText => "Using access keys attached to an IAM user instead of the root user improves security.",
        "ルートユーザーではなく IAM ユーザーにアタッチされたアクセスキーを使用すると、セキュリティが向上します。";
    RecStatusDone => "Done", "完了";
    RecStatusTodo => "Action needed", "対応が必要";
    IamResources => "IAM resources", "IAM リソース";
    ResUserGroups => "User groups", "ユーザーグループ";
    ResUsers => "Users", "ユーザー";
    ResRoles => "Roles", "ロール";
    ResPolicies => "Policies", "ポリシー";
    ResIdentityProviders => "Identity providers", "ID プロバイダー";
    IamResourcesLabNote => "This lab has no roles, customer managed policies or identity providers, so those counts stay 0. A real new account already has a few service-linked roles.",
        "このラボにはロール、カスタマー管理ポリシー、ID プロバイダーがないため、これらの数は 0 のままです。実際の新しいアカウントには、いくつかのサービスにリンクされたロールが既にあります。";
    AccessReports => "Access reports", "アクセスレポート";
    CredentialReportLink => "Credential report", "認証情報レポート";
    CredentialReportIntro => "Generate and download a report that lists all your account's users and the status of their various credentials, including passwords, access keys, and MFA devices. A report can be generated once every four hours: within four hours of the last one, that report is downloaded again.",
        "アカウントのすべてのユーザーと、パスワード、アクセスキー、MFA デバイスなどの認証情報のステータスを一覧表示するレポートを生成してダウンロードします。レポートは 4 時間に 1 回生成できます。前回から 4 時間以内は、そのレポートが再びダウンロードされます。";
    DownloadCredentialsReport => "Download credentials report", "認証情報レポートをダウンロード";
    ReportLastGenerated => "Last generated", "最終生成日時";
    ReportNeverGenerated => "No report has been generated yet.", "レポートはまだ生成されていません。";
    ReportDownloaded => "The credential report was downloaded.", "認証情報レポートをダウンロードしました。";
    ReportDownloadFailed => "The browser did not start the download. Try again.", "ブラウザでダウンロードを開始できませんでした。もう一度お試しください。";
    NotAuthorizedAccountSummary => "You don't have permission to iam:GetAccountSummary. No identity-based policy of yours allows this action. Ask your administrator to add permissions.",
        "iam:GetAccountSummary を実行する権限がありません。このアクションを許可するアイデンティティベースのポリシーがありません。管理者に権限の追加を依頼してください。";
    NotAuthorizedCredentialReport => "You don't have permission to iam:GenerateCredentialReport and iam:GetCredentialReport. No identity-based policy of yours allows these actions. Ask your administrator to add permissions.",
        "iam:GenerateCredentialReport と iam:GetCredentialReport を実行する権限がありません。これらのアクションを許可するアイデンティティベースのポリシーがありません。管理者に権限の追加を依頼してください。";
    // CloudTrail Event history (issue #16: auditing the root user). Japanese from
    // AWS's Japanese CloudTrail console and User Guide (イベント履歴, ルックアップ属性).
    NavCloudTrail => "CloudTrail", "CloudTrail";
    EventHistoryHeading => "Event history", "イベント履歴";
    EventHistoryIntro => "Event history shows the last 90 days of management events in this Region (US East (N. Virginia), where IAM and the sign-in page record theirs).",
        "イベント履歴には、このリージョン (IAM とサインインページのイベントが記録される米国東部 (バージニア北部)) の過去 90 日間の管理イベントが表示されます。";
    EventHistoryLabNote => "AWS shows an event about 5 minutes after the call; the lab shows it at once. The lab keeps the newest 300 events per account, and records addresses from the documentation ranges (192.0.2.x is you, 198.51.100.x is CloudShell).",
        "AWS ではイベントは呼び出しの約 5 分後に表示されますが、ラボではすぐに表示されます。ラボはアカウントごとに最新の 300 件のイベントを保持し、IP アドレスにはドキュメント用の範囲を記録します (192.0.2.x はあなた、198.51.100.x は CloudShell)。";
    LookupAttributes => "Lookup attributes", "ルックアップ属性";
    LookupValue => "Lookup attribute value", "ルックアップ属性の値";
    LookupSearch => "Look up", "検索";
    LookupReadOnly => "Read-only", "読み取り専用";
    LookupEventName => "Event name", "イベント名";
    LookupUserName => "User name", "ユーザー名";
    LookupResourceType => "Resource type", "リソースタイプ";
    LookupResourceName => "Resource name", "リソース名";
    LookupEventSource => "Event source", "イベントソース";
    LookupAccessKey => "AWS access key", "AWS アクセスキー";
    LookupEventId => "Event ID", "イベント ID";
    ColEventName => "Event name", "イベント名";
    ColEventTime => "Event time", "イベント時間";
    ColEventUser => "User name", "ユーザー名";
    ColEventSource => "Event source", "イベントソース";
    EventRecord => "Event record", "イベントレコード";
    NoEvents => "No events match.", "一致するイベントはありません。";
    EventsShown => "Events shown", "表示中のイベント";
    TaskGroupAudit => "Audit the root user", "ルートユーザーを監査する";
    TaskFindRootKeyInReport => "Find your root access key in the credential report", "認証情報レポートでルートユーザーのアクセスキーを見つける";
    HintFindRootKeyInReport => "With a root access key in place, open IAM → Credential report (or run aws iam generate-credential-report, then aws iam get-credential-report) and read the <root_account> row.",
        "ルートユーザーのアクセスキーがある状態で、IAM →「認証情報レポート」を開き (または aws iam generate-credential-report の後に aws iam get-credential-report を実行し)、<root_account> の行を確認します。";
    TaskFindKeyCreator => "Find who created it in Event history", "イベント履歴で誰が作成したかを見つける";
    HintFindKeyCreator => "CloudTrail → Event history: look up Event name CreateAccessKey (or run aws cloudtrail lookup-events) and read the User name.",
        "CloudTrail →「イベント履歴」でイベント名 CreateAccessKey を検索し (または aws cloudtrail lookup-events を実行し)、ユーザー名を確認します。";
    TaskConfirmNoRootKeys => "Confirm AccountAccessKeysPresent is 0 after deleting it", "削除後に AccountAccessKeysPresent が 0 であることを確認する";
    HintConfirmNoRootKeys => "Delete every root access key, then run aws iam get-account-summary in CloudShell and check AccountAccessKeysPresent.",
        "ルートユーザーのアクセスキーをすべて削除してから、CloudShell で aws iam get-account-summary を実行し、AccountAccessKeysPresent を確認します。";
    NotAuthorizedLookupEvents => "You don't have permission to cloudtrail:LookupEvents. No identity-based policy of yours allows this action. Ask your administrator to add permissions.",
        "cloudtrail:LookupEvents を実行する権限がありません。このアクションを許可するアイデンティティベースのポリシーがありません。管理者に権限の追加を依頼してください。";
    // Session expiry (issue #13: sign-out and expiry end the session and the terminal)
    SessionExpired => "Your session has expired. Sign in again.",
        "セッションの有効期限が切れました。もう一度サインインしてください。";

    // Replacing a lab: the question a scenario, an import or a reset asks first
    ReplaceLabTitle => "Replace the lab in this browser?", "このブラウザのラボを置き換えますか?";
    ReplaceLabWarning => "Everything this lab holds will be replaced, with each account's IAM users, access keys, MFA devices and guided-task progress. Nothing changes unless you choose Replace lab. To keep a copy, export the lab first.",
        "このラボにあるものはすべて置き換えられます。各アカウントの IAM ユーザー、アクセスキー、MFA デバイス、ガイド付きタスクの進捗も含まれます。「ラボを置き換える」を選ぶまで何も変更されません。コピーを残すには、先にラボをエクスポートしてください。";
    AccountsToReplace => "Accounts that will be replaced:", "置き換えられるアカウント:";
    MoreAccountsToReplace => "Other accounts:", "その他のアカウント:";
    ReplaceLab => "Replace lab", "ラボを置き換える";
    KeepMyLab => "Keep my lab", "今のラボを残す";

    // Import validator (issue #13): a refused import names the rule or cap it broke.
    ImportRefused => "That file was not imported, and nothing was changed. It breaks a rule or a size cap:",
        "このファイルはインポートされず、何も変更されていません。ルールまたはサイズの上限に違反しています:";

    // The lab's own cap on accounts (the validator's, so a lab never outgrows it)
    ProblemLabFull => "Lab note: this browser's lab already holds 100 accounts, the most it keeps. Close an account or reset the lab first.",
        "ラボの注記: このブラウザのラボにはすでに上限の 100 個のアカウントがあります。先にアカウントを閉じるか、ラボをリセットしてください。";
}
