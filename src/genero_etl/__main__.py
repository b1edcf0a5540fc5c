from genero_etl.cli.main import main

main()
