package governance.dsl.cli;

import java.util.concurrent.Callable;

import governance.dsl.ide.server.StyrmodellLanguageServer;
import picocli.CommandLine.Command;

@Command(name = "lsp", description = "Startar språkservern (Language Server Protocol) på standard in och ut, "
		+ "för VS Code, Eclipse och andra LSP-redigerare.")
public class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() throws Exception {
		StyrmodellLanguageServer.run(System.in, System.out);
		return 0;
	}
}
