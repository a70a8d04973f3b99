// English follows the AWS console of the seed's era, Japanese the AWS Japanese
// console and documentation; names used by outside suites are in ui-contract.md.
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
    CloseAccountWarning => "Closing the account deletes it with all its access keys and signs you out. Its email address can then be used for a new account.",
        "アカウントを閉鎖すると、すべてのアクセスキーとともに削除され、サインアウトされます。その E メールアドレスは新しいアカウントに使用できるようになります。";
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
        "このラボに対して aws コマンドを実行できます。応答は AWS CLI v2 と同じです。サインイン中はコンソールの ID として呼び出され、aws configure または AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY でアクセスキーに切り替えられます。ここで設定した内容はこのタブのメモリにのみ保持されます。";
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

    // MFA: the sign-in step
    MfaHeading => "Multi-factor authentication", "多要素認証";
    MfaStepIntro => "Your account is protected by multi-factor authentication. Enter the code your MFA device shows, or use your passkey or security key.",
        "アカウントは多要素認証で保護されています。MFA デバイスに表示されているコードを入力するか、パスキーまたはセキュリティキーを使用してください。";
    MfaCode => "MFA code", "MFA コード";
    Submit => "Submit", "送信";
    UsePasskey => "Use passkey or security key", "パスキーまたはセキュリティキーを使用";
    LabTokenHeading => "Your lab hardware TOTP token", "ラボのハードウェア TOTP トークン";
    LabTokenNote => "The lab hands you this token instead of a physical fob: read its display as you would the fob's.",
        "物理的なトークンの代わりに、ラボがこのトークンを貸し出します。実物と同じように表示を読み取ってください。";
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
    UserAssignsOwnMfa => "Users assign their own MFA devices on their Security credentials page: the device's secret is sealed under their password.",
        "ユーザーは自分のセキュリティ認証情報ページで MFA デバイスを割り当てます。デバイスのシークレットはユーザーのパスワードで保護されます。";
    DeviceName => "Device name", "デバイス名";
    DeviceNameHint => "1 to 128 characters: letters, digits and + = , . @ _ -", "1～128 文字: 英字、数字、および + = , . @ _ -";
    MfaDeviceLegend => "MFA device", "MFA デバイス";
    AuthenticatorApp => "Authenticator app", "認証アプリケーション";
    AuthenticatorAppHint => "A code generated by an app on your phone or computer.", "スマートフォンやコンピュータのアプリで生成されるコード。";
    HardwareTotpToken => "Hardware TOTP token", "ハードウェア TOTP トークン";
    HardwareTotpTokenHint => "A code generated by a hardware token (the lab issues one).", "ハードウェアトークンで生成されるコード (ラボが貸し出します)。";
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

    // Guided training panel
    GuidedTasks => "Guided tasks", "ガイド付きタスク";
    TasksDone => "done", "完了";
    TaskDone => "Done", "完了";
    TaskNotDone => "Not done yet", "未完了";
    NextStep => "Next step", "次のステップ";
    GoThere => "Go there", "移動する";
    AllTasksDone => "All tasks are done. Reset the lab or load a scenario to practise again.", "すべてのタスクが完了しました。もう一度練習するには、ラボをリセットするかシナリオを読み込んでください。";
    TrainingFollows => "This lab follows the AWS Management Console's root user and IAM pages as AWS documents them (English and Japanese), as of November 2026.",
        "このラボは、2026 年 11 月時点で AWS が (英語と日本語で) 記載している AWS マネジメントコンソールのルートユーザーと IAM の画面に従っています。";
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
    TaskSignInAsIamUser => "Sign in as that user on the three-box page", "3 つの入力欄のページでそのユーザーとしてサインインする";
    HintSignInAsIamUser => "Sign out, choose IAM user, then enter the account ID or alias, the user name and the password.", "サインアウトして「IAM ユーザー」を選択し、アカウント ID またはエイリアス、ユーザー名、パスワードを入力します。";
    ScenarioLoaded => "Scenario loaded:", "シナリオを読み込みました:";
    ScenarioRefused => "The scenario was not loaded, and nothing was changed:", "シナリオは読み込まれず、何も変更されていません:";
    LoadScenarioFile => "Load scenario file", "シナリオファイルを読み込む";
    ScenarioHeading => "Scenarios", "シナリオ";
    ScenarioIntro => "A scenario replaces this lab with a prepared starting point. Built-in ones load from the address, for example ?scenario=two-keys.",
        "シナリオは、このラボを用意された開始状態に置き換えます。組み込みのシナリオはアドレスから読み込めます (例: ?scenario=two-keys)。";

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
    SimulatedUrlNote => "This is a simulator: in the lab, IAM users sign in on the \"Sign in as IAM user\" page with the account ID or alias.",
        "これはシミュレーターです。ラボでは、IAM ユーザーは「IAM ユーザーとしてサインイン」ページでアカウント ID またはエイリアスを使用してサインインします。";
    AliasProblemLength => "The account alias must be 3 to 63 characters.", "アカウントエイリアスは 3～63 文字にしてください。";
    AliasProblemCharacters => "The account alias can contain only lowercase letters, digits and hyphens.",
        "アカウントエイリアスには小文字、数字、ハイフンのみ使用できます。";
    AliasProblemHyphenAtEnd => "The account alias cannot start or end with a hyphen.",
        "アカウントエイリアスの先頭または末尾にハイフンは使用できません。";
    AliasProblemDoubleHyphen => "The account alias cannot contain two hyphens in a row.",
        "アカウントエイリアスにハイフンを 2 つ続けて使用することはできません。";
    AliasProblemAllDigits => "The account alias cannot be only digits: it would read as an account ID.",
        "アカウントエイリアスを数字のみにすることはできません。アカウント ID と区別できなくなります。";
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
    ConsolePasswordMfaNote => "Setting or removing the console password also removes the user's virtual MFA devices (authenticator apps and hardware TOTP tokens): their secrets were sealed with the old password. The user assigns them again after signing in. Passkeys and security keys stay.",
        "コンソールパスワードを設定または削除すると、ユーザーの仮想 MFA デバイス (認証アプリケーションとハードウェア TOTP トークン) も削除されます。これらのシークレットは古いパスワードで保護されていたためです。ユーザーはサインイン後に再度割り当てます。パスキーとセキュリティキーは残ります。";
    Apply => "Apply", "適用";
    Disable => "Disable", "無効化";
    ConsolePasswordSet => "The console password was set.", "コンソールパスワードを設定しました。";
    ConsoleAccessRemoved => "Console access was disabled.", "コンソールアクセスを無効化しました。";
    UserAccessKeysIntro => "Use access keys to send programmatic calls to AWS from the AWS CLI, Tools for PowerShell, the AWS SDKs, or direct AWS API calls. You can have a maximum of two access keys (active or inactive) at a time.",
        "アクセスキーは、AWS CLI、Tools for PowerShell、AWS SDK、または AWS API の直接呼び出しから AWS にプログラムで呼び出しを送信するために使用します。アクセスキー (アクティブまたは非アクティブ) は一度に最大 2 つまでです。";
    NoUserAccessKeys => "No access keys.", "アクセスキーはありません。";
    DeleteUser => "Delete user", "ユーザーを削除";
    DeleteUserWarning => "Deleting the user also deletes its access keys, console password, MFA devices and group memberships, and ends its console session. This cannot be undone.",
        "ユーザーを削除すると、そのアクセスキー、コンソールパスワード、MFA デバイス、グループメンバーシップも削除され、コンソールセッションも終了します。元に戻すことはできません。";
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
